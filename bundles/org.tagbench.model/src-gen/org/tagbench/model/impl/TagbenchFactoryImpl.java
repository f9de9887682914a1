/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.tagbench.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TagbenchFactoryImpl extends EFactoryImpl implements TagbenchFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TagbenchFactory init() {
		try {
			TagbenchFactory theTagbenchFactory = (TagbenchFactory)EPackage.Registry.INSTANCE.getEFactory(TagbenchPackage.eNS_URI);
			if (theTagbenchFactory != null) {
				return theTagbenchFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TagbenchFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TagbenchFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TagbenchPackage.LABELING_PROJECT: return createLabelingProject();
			case TagbenchPackage.LABEL_CLASS: return createLabelClass();
			case TagbenchPackage.INSTRUCTIONS: return createInstructions();
			case TagbenchPackage.DATA_SOURCE: return createDataSource();
			case TagbenchPackage.ASSIST_SETTINGS: return createAssistSettings();
			case TagbenchPackage.DATA_ITEM: return createDataItem();
			case TagbenchPackage.CLASSIFICATION_LABEL: return createClassificationLabel();
			case TagbenchPackage.BOUNDING_BOX: return createBoundingBox();
			case TagbenchPackage.POLYGON_ANNOTATION: return createPolygonAnnotation();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TagbenchPackage.PROJECT_TYPE:
				return createProjectTypeFromString(eDataType, initialValue);
			case TagbenchPackage.INSTRUCTIONS_FORMAT:
				return createInstructionsFormatFromString(eDataType, initialValue);
			case TagbenchPackage.MEDIA_TYPE:
				return createMediaTypeFromString(eDataType, initialValue);
			case TagbenchPackage.ITEM_STATUS:
				return createItemStatusFromString(eDataType, initialValue);
			case TagbenchPackage.ANNOTATION_SOURCE:
				return createAnnotationSourceFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TagbenchPackage.PROJECT_TYPE:
				return convertProjectTypeToString(eDataType, instanceValue);
			case TagbenchPackage.INSTRUCTIONS_FORMAT:
				return convertInstructionsFormatToString(eDataType, instanceValue);
			case TagbenchPackage.MEDIA_TYPE:
				return convertMediaTypeToString(eDataType, instanceValue);
			case TagbenchPackage.ITEM_STATUS:
				return convertItemStatusToString(eDataType, instanceValue);
			case TagbenchPackage.ANNOTATION_SOURCE:
				return convertAnnotationSourceToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelingProject createLabelingProject() {
		LabelingProjectImpl labelingProject = new LabelingProjectImpl();
		return labelingProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelClass createLabelClass() {
		LabelClassImpl labelClass = new LabelClassImpl();
		return labelClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instructions createInstructions() {
		InstructionsImpl instructions = new InstructionsImpl();
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssistSettings createAssistSettings() {
		AssistSettingsImpl assistSettings = new AssistSettingsImpl();
		return assistSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataItem createDataItem() {
		DataItemImpl dataItem = new DataItemImpl();
		return dataItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassificationLabel createClassificationLabel() {
		ClassificationLabelImpl classificationLabel = new ClassificationLabelImpl();
		return classificationLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundingBox createBoundingBox() {
		BoundingBoxImpl boundingBox = new BoundingBoxImpl();
		return boundingBox;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolygonAnnotation createPolygonAnnotation() {
		PolygonAnnotationImpl polygonAnnotation = new PolygonAnnotationImpl();
		return polygonAnnotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectType createProjectTypeFromString(EDataType eDataType, String initialValue) {
		ProjectType result = ProjectType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstructionsFormat createInstructionsFormatFromString(EDataType eDataType, String initialValue) {
		InstructionsFormat result = InstructionsFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstructionsFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaType createMediaTypeFromString(EDataType eDataType, String initialValue) {
		MediaType result = MediaType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMediaTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemStatus createItemStatusFromString(EDataType eDataType, String initialValue) {
		ItemStatus result = ItemStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnotationSource createAnnotationSourceFromString(EDataType eDataType, String initialValue) {
		AnnotationSource result = AnnotationSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnnotationSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TagbenchPackage getTagbenchPackage() {
		return (TagbenchPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TagbenchPackage getPackage() {
		return TagbenchPackage.eINSTANCE;
	}

} //TagbenchFactoryImpl
