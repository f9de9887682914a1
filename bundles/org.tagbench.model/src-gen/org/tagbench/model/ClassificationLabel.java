/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Classification Label</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The whole item (or frame) belongs to the label class. A multi-label item has several.
 * <!-- end-model-doc -->
 *
 *
 * @see org.tagbench.model.TagbenchPackage#getClassificationLabel()
 * @model
 * @generated
 */
public interface ClassificationLabel extends Annotation {
} // ClassificationLabel
