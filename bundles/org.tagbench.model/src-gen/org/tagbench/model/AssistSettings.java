/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assist Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Settings of the local ML assistance (pre-labeling).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.AssistSettings#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.tagbench.model.AssistSettings#getTargetPrecision <em>Target Precision</em>}</li>
 *   <li>{@link org.tagbench.model.AssistSettings#getRetrainAfterLabels <em>Retrain After Labels</em>}</li>
 *   <li>{@link org.tagbench.model.AssistSettings#getMinLabelsPerClass <em>Min Labels Per Class</em>}</li>
 *   <li>{@link org.tagbench.model.AssistSettings#isPrelabelUnlabeled <em>Prelabel Unlabeled</em>}</li>
 * </ul>
 *
 * @see org.tagbench.model.TagbenchPackage#getAssistSettings()
 * @model
 * @generated
 */
public interface AssistSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.tagbench.model.TagbenchPackage#getAssistSettings_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.tagbench.model.AssistSettings#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Target Precision</b></em>' attribute.
	 * The default value is <code>"0.95"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Precision that pre-labels must reach before they are offered (0..1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Precision</em>' attribute.
	 * @see #setTargetPrecision(double)
	 * @see org.tagbench.model.TagbenchPackage#getAssistSettings_TargetPrecision()
	 * @model default="0.95"
	 * @generated
	 */
	double getTargetPrecision();

	/**
	 * Sets the value of the '{@link org.tagbench.model.AssistSettings#getTargetPrecision <em>Target Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Precision</em>' attribute.
	 * @see #getTargetPrecision()
	 * @generated
	 */
	void setTargetPrecision(double value);

	/**
	 * Returns the value of the '<em><b>Retrain After Labels</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retrain the assist model after this many new human labels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retrain After Labels</em>' attribute.
	 * @see #setRetrainAfterLabels(int)
	 * @see org.tagbench.model.TagbenchPackage#getAssistSettings_RetrainAfterLabels()
	 * @model default="50"
	 * @generated
	 */
	int getRetrainAfterLabels();

	/**
	 * Sets the value of the '{@link org.tagbench.model.AssistSettings#getRetrainAfterLabels <em>Retrain After Labels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retrain After Labels</em>' attribute.
	 * @see #getRetrainAfterLabels()
	 * @generated
	 */
	void setRetrainAfterLabels(int value);

	/**
	 * Returns the value of the '<em><b>Min Labels Per Class</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human labels each class needs before the first training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Labels Per Class</em>' attribute.
	 * @see #setMinLabelsPerClass(int)
	 * @see org.tagbench.model.TagbenchPackage#getAssistSettings_MinLabelsPerClass()
	 * @model default="10"
	 * @generated
	 */
	int getMinLabelsPerClass();

	/**
	 * Sets the value of the '{@link org.tagbench.model.AssistSettings#getMinLabelsPerClass <em>Min Labels Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Labels Per Class</em>' attribute.
	 * @see #getMinLabelsPerClass()
	 * @generated
	 */
	void setMinLabelsPerClass(int value);

	/**
	 * Returns the value of the '<em><b>Prelabel Unlabeled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pre-label unlabeled items in the background once a model meets the target precision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prelabel Unlabeled</em>' attribute.
	 * @see #setPrelabelUnlabeled(boolean)
	 * @see org.tagbench.model.TagbenchPackage#getAssistSettings_PrelabelUnlabeled()
	 * @model
	 * @generated
	 */
	boolean isPrelabelUnlabeled();

	/**
	 * Sets the value of the '{@link org.tagbench.model.AssistSettings#isPrelabelUnlabeled <em>Prelabel Unlabeled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prelabel Unlabeled</em>' attribute.
	 * @see #isPrelabelUnlabeled()
	 * @generated
	 */
	void setPrelabelUnlabeled(boolean value);

} // AssistSettings
