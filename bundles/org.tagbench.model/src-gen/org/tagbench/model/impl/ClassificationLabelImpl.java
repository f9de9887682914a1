/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.TagbenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Classification Label</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ClassificationLabelImpl extends AnnotationImpl implements ClassificationLabel {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClassificationLabelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TagbenchPackage.Literals.CLASSIFICATION_LABEL;
	}

} //ClassificationLabelImpl
