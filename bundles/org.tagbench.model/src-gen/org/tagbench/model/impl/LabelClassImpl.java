/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.tagbench.model.LabelClass;
import org.tagbench.model.TagbenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Label Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.impl.LabelClassImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelClassImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelClassImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelClassImpl#getShortcutKey <em>Shortcut Key</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelClassImpl#getGroup <em>Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelClassImpl extends MinimalEObjectImpl.Container implements LabelClass {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortcutKey() <em>Shortcut Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortcutKey()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORTCUT_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortcutKey() <em>Shortcut Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortcutKey()
	 * @generated
	 * @ordered
	 */
	protected String shortcutKey = SHORTCUT_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TagbenchPackage.Literals.LABEL_CLASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABEL_CLASS__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABEL_CLASS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABEL_CLASS__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortcutKey() {
		return shortcutKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortcutKey(String newShortcutKey) {
		String oldShortcutKey = shortcutKey;
		shortcutKey = newShortcutKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABEL_CLASS__SHORTCUT_KEY, oldShortcutKey, shortcutKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABEL_CLASS__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TagbenchPackage.LABEL_CLASS__ID:
				return getId();
			case TagbenchPackage.LABEL_CLASS__NAME:
				return getName();
			case TagbenchPackage.LABEL_CLASS__COLOUR:
				return getColour();
			case TagbenchPackage.LABEL_CLASS__SHORTCUT_KEY:
				return getShortcutKey();
			case TagbenchPackage.LABEL_CLASS__GROUP:
				return getGroup();
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
			case TagbenchPackage.LABEL_CLASS__ID:
				setId((String)newValue);
				return;
			case TagbenchPackage.LABEL_CLASS__NAME:
				setName((String)newValue);
				return;
			case TagbenchPackage.LABEL_CLASS__COLOUR:
				setColour((String)newValue);
				return;
			case TagbenchPackage.LABEL_CLASS__SHORTCUT_KEY:
				setShortcutKey((String)newValue);
				return;
			case TagbenchPackage.LABEL_CLASS__GROUP:
				setGroup((String)newValue);
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
			case TagbenchPackage.LABEL_CLASS__ID:
				setId(ID_EDEFAULT);
				return;
			case TagbenchPackage.LABEL_CLASS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TagbenchPackage.LABEL_CLASS__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case TagbenchPackage.LABEL_CLASS__SHORTCUT_KEY:
				setShortcutKey(SHORTCUT_KEY_EDEFAULT);
				return;
			case TagbenchPackage.LABEL_CLASS__GROUP:
				setGroup(GROUP_EDEFAULT);
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
			case TagbenchPackage.LABEL_CLASS__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case TagbenchPackage.LABEL_CLASS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TagbenchPackage.LABEL_CLASS__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case TagbenchPackage.LABEL_CLASS__SHORTCUT_KEY:
				return SHORTCUT_KEY_EDEFAULT == null ? shortcutKey != null : !SHORTCUT_KEY_EDEFAULT.equals(shortcutKey);
			case TagbenchPackage.LABEL_CLASS__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", colour: ");
		result.append(colour);
		result.append(", shortcutKey: ");
		result.append(shortcutKey);
		result.append(", group: ");
		result.append(group);
		result.append(')');
		return result.toString();
	}

} //LabelClassImpl
