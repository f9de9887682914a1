/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.tagbench.model.AssistSettings;
import org.tagbench.model.TagbenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assist Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.impl.AssistSettingsImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.tagbench.model.impl.AssistSettingsImpl#getTargetPrecision <em>Target Precision</em>}</li>
 *   <li>{@link org.tagbench.model.impl.AssistSettingsImpl#getRetrainAfterLabels <em>Retrain After Labels</em>}</li>
 *   <li>{@link org.tagbench.model.impl.AssistSettingsImpl#getMinLabelsPerClass <em>Min Labels Per Class</em>}</li>
 *   <li>{@link org.tagbench.model.impl.AssistSettingsImpl#isPrelabelUnlabeled <em>Prelabel Unlabeled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssistSettingsImpl extends MinimalEObjectImpl.Container implements AssistSettings {
	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetPrecision() <em>Target Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPrecision()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_PRECISION_EDEFAULT = 0.95;

	/**
	 * The cached value of the '{@link #getTargetPrecision() <em>Target Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPrecision()
	 * @generated
	 * @ordered
	 */
	protected double targetPrecision = TARGET_PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetrainAfterLabels() <em>Retrain After Labels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetrainAfterLabels()
	 * @generated
	 * @ordered
	 */
	protected static final int RETRAIN_AFTER_LABELS_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getRetrainAfterLabels() <em>Retrain After Labels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetrainAfterLabels()
	 * @generated
	 * @ordered
	 */
	protected int retrainAfterLabels = RETRAIN_AFTER_LABELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinLabelsPerClass() <em>Min Labels Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLabelsPerClass()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_LABELS_PER_CLASS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getMinLabelsPerClass() <em>Min Labels Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLabelsPerClass()
	 * @generated
	 * @ordered
	 */
	protected int minLabelsPerClass = MIN_LABELS_PER_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrelabelUnlabeled() <em>Prelabel Unlabeled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrelabelUnlabeled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRELABEL_UNLABELED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrelabelUnlabeled() <em>Prelabel Unlabeled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrelabelUnlabeled()
	 * @generated
	 * @ordered
	 */
	protected boolean prelabelUnlabeled = PRELABEL_UNLABELED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssistSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TagbenchPackage.Literals.ASSIST_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.ASSIST_SETTINGS__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTargetPrecision() {
		return targetPrecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPrecision(double newTargetPrecision) {
		double oldTargetPrecision = targetPrecision;
		targetPrecision = newTargetPrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.ASSIST_SETTINGS__TARGET_PRECISION, oldTargetPrecision, targetPrecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetrainAfterLabels() {
		return retrainAfterLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetrainAfterLabels(int newRetrainAfterLabels) {
		int oldRetrainAfterLabels = retrainAfterLabels;
		retrainAfterLabels = newRetrainAfterLabels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.ASSIST_SETTINGS__RETRAIN_AFTER_LABELS, oldRetrainAfterLabels, retrainAfterLabels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinLabelsPerClass() {
		return minLabelsPerClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinLabelsPerClass(int newMinLabelsPerClass) {
		int oldMinLabelsPerClass = minLabelsPerClass;
		minLabelsPerClass = newMinLabelsPerClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.ASSIST_SETTINGS__MIN_LABELS_PER_CLASS, oldMinLabelsPerClass, minLabelsPerClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrelabelUnlabeled() {
		return prelabelUnlabeled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrelabelUnlabeled(boolean newPrelabelUnlabeled) {
		boolean oldPrelabelUnlabeled = prelabelUnlabeled;
		prelabelUnlabeled = newPrelabelUnlabeled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.ASSIST_SETTINGS__PRELABEL_UNLABELED, oldPrelabelUnlabeled, prelabelUnlabeled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TagbenchPackage.ASSIST_SETTINGS__ENABLED:
				return isEnabled();
			case TagbenchPackage.ASSIST_SETTINGS__TARGET_PRECISION:
				return getTargetPrecision();
			case TagbenchPackage.ASSIST_SETTINGS__RETRAIN_AFTER_LABELS:
				return getRetrainAfterLabels();
			case TagbenchPackage.ASSIST_SETTINGS__MIN_LABELS_PER_CLASS:
				return getMinLabelsPerClass();
			case TagbenchPackage.ASSIST_SETTINGS__PRELABEL_UNLABELED:
				return isPrelabelUnlabeled();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TagbenchPackage.ASSIST_SETTINGS__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case TagbenchPackage.ASSIST_SETTINGS__TARGET_PRECISION:
				setTargetPrecision((Double)newValue);
				return;
			case TagbenchPackage.ASSIST_SETTINGS__RETRAIN_AFTER_LABELS:
				setRetrainAfterLabels((Integer)newValue);
				return;
			case TagbenchPackage.ASSIST_SETTINGS__MIN_LABELS_PER_CLASS:
				setMinLabelsPerClass((Integer)newValue);
				return;
			case TagbenchPackage.ASSIST_SETTINGS__PRELABEL_UNLABELED:
				setPrelabelUnlabeled((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TagbenchPackage.ASSIST_SETTINGS__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case TagbenchPackage.ASSIST_SETTINGS__TARGET_PRECISION:
				setTargetPrecision(TARGET_PRECISION_EDEFAULT);
				return;
			case TagbenchPackage.ASSIST_SETTINGS__RETRAIN_AFTER_LABELS:
				setRetrainAfterLabels(RETRAIN_AFTER_LABELS_EDEFAULT);
				return;
			case TagbenchPackage.ASSIST_SETTINGS__MIN_LABELS_PER_CLASS:
				setMinLabelsPerClass(MIN_LABELS_PER_CLASS_EDEFAULT);
				return;
			case TagbenchPackage.ASSIST_SETTINGS__PRELABEL_UNLABELED:
				setPrelabelUnlabeled(PRELABEL_UNLABELED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TagbenchPackage.ASSIST_SETTINGS__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case TagbenchPackage.ASSIST_SETTINGS__TARGET_PRECISION:
				return targetPrecision != TARGET_PRECISION_EDEFAULT;
			case TagbenchPackage.ASSIST_SETTINGS__RETRAIN_AFTER_LABELS:
				return retrainAfterLabels != RETRAIN_AFTER_LABELS_EDEFAULT;
			case TagbenchPackage.ASSIST_SETTINGS__MIN_LABELS_PER_CLASS:
				return minLabelsPerClass != MIN_LABELS_PER_CLASS_EDEFAULT;
			case TagbenchPackage.ASSIST_SETTINGS__PRELABEL_UNLABELED:
				return prelabelUnlabeled != PRELABEL_UNLABELED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (enabled: ");
		result.append(enabled);
		result.append(", targetPrecision: ");
		result.append(targetPrecision);
		result.append(", retrainAfterLabels: ");
		result.append(retrainAfterLabels);
		result.append(", minLabelsPerClass: ");
		result.append(minLabelsPerClass);
		result.append(", prelabelUnlabeled: ");
		result.append(prelabelUnlabeled);
		result.append(')');
		return result.toString();
	}

} //AssistSettingsImpl
