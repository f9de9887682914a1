/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.tagbench.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.tagbench.model.TagbenchPackage
 * @generated
 */
public class TagbenchValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final TagbenchValidator INSTANCE = new TagbenchValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.tagbench.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Diagnostic code of a polygon with fewer than three points or an odd number of coordinates
	 * (constraint atLeastThreePoints). Hand-written.
	 */
	public static final int POLYGON_ANNOTATION__AT_LEAST_THREE_POINTS = DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TagbenchValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return TagbenchPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case TagbenchPackage.LABELING_PROJECT:
				return validateLabelingProject((LabelingProject)value, diagnostics, context);
			case TagbenchPackage.LABEL_CLASS:
				return validateLabelClass((LabelClass)value, diagnostics, context);
			case TagbenchPackage.INSTRUCTIONS:
				return validateInstructions((Instructions)value, diagnostics, context);
			case TagbenchPackage.DATA_SOURCE:
				return validateDataSource((DataSource)value, diagnostics, context);
			case TagbenchPackage.ASSIST_SETTINGS:
				return validateAssistSettings((AssistSettings)value, diagnostics, context);
			case TagbenchPackage.DATA_ITEM:
				return validateDataItem((DataItem)value, diagnostics, context);
			case TagbenchPackage.ANNOTATION:
				return validateAnnotation((Annotation)value, diagnostics, context);
			case TagbenchPackage.CLASSIFICATION_LABEL:
				return validateClassificationLabel((ClassificationLabel)value, diagnostics, context);
			case TagbenchPackage.BOUNDING_BOX:
				return validateBoundingBox((BoundingBox)value, diagnostics, context);
			case TagbenchPackage.POLYGON_ANNOTATION:
				return validatePolygonAnnotation((PolygonAnnotation)value, diagnostics, context);
			case TagbenchPackage.PROJECT_TYPE:
				return validateProjectType((ProjectType)value, diagnostics, context);
			case TagbenchPackage.INSTRUCTIONS_FORMAT:
				return validateInstructionsFormat((InstructionsFormat)value, diagnostics, context);
			case TagbenchPackage.MEDIA_TYPE:
				return validateMediaType((MediaType)value, diagnostics, context);
			case TagbenchPackage.ITEM_STATUS:
				return validateItemStatus((ItemStatus)value, diagnostics, context);
			case TagbenchPackage.ANNOTATION_SOURCE:
				return validateAnnotationSource((AnnotationSource)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabelingProject(LabelingProject labelingProject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(labelingProject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabelClass(LabelClass labelClass, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(labelClass, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstructions(Instructions instructions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(instructions, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataSource(DataSource dataSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssistSettings(AssistSettings assistSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assistSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataItem(DataItem dataItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataItem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotation(Annotation annotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(annotation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClassificationLabel(ClassificationLabel classificationLabel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(classificationLabel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBoundingBox(BoundingBox boundingBox, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(boundingBox, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePolygonAnnotation(PolygonAnnotation polygonAnnotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(polygonAnnotation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(polygonAnnotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(polygonAnnotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(polygonAnnotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(polygonAnnotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(polygonAnnotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(polygonAnnotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(polygonAnnotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(polygonAnnotation, diagnostics, context);
		if (result || diagnostics != null) result &= validatePolygonAnnotation_atLeastThreePoints(polygonAnnotation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the atLeastThreePoints constraint of '<em>Polygon Annotation</em>':
	 * a polygon needs at least three vertices, i.e. an even number of at least six coordinates.
	 * <!-- begin-user-doc -->
	 * Hand-written (kept by the generator's merge because it is marked {@code @generated NOT}).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePolygonAnnotation_atLeastThreePoints(PolygonAnnotation polygonAnnotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int coordinates = polygonAnnotation.getPoints().size();
		if (coordinates >= 6 && coordinates % 2 == 0) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add
				(new BasicDiagnostic
					(Diagnostic.ERROR,
					 DIAGNOSTIC_SOURCE,
					 POLYGON_ANNOTATION__AT_LEAST_THREE_POINTS,
					 "A polygon needs at least three points (an even number of at least six coordinates), but '" //$NON-NLS-1$
					 	+ getObjectLabel(polygonAnnotation, context) + "' has " + coordinates + " coordinates", //$NON-NLS-1$ //$NON-NLS-2$
					 new Object[] { polygonAnnotation, TagbenchPackage.Literals.POLYGON_ANNOTATION__POINTS }));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProjectType(ProjectType projectType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstructionsFormat(InstructionsFormat instructionsFormat, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMediaType(MediaType mediaType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItemStatus(ItemStatus itemStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotationSource(AnnotationSource annotationSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //TagbenchValidator
