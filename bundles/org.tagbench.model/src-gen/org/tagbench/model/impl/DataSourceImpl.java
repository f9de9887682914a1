/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.tagbench.model.DataSource;
import org.tagbench.model.TagbenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.impl.DataSourceImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataSourceImpl#getRootUri <em>Root Uri</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataSourceImpl#isRecursive <em>Recursive</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataSourceImpl#getLastRefreshed <em>Last Refreshed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceImpl extends MinimalEObjectImpl.Container implements DataSource {
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
	 * The default value of the '{@link #getRootUri() <em>Root Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootUri()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootUri() <em>Root Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootUri()
	 * @generated
	 * @ordered
	 */
	protected String rootUri = ROOT_URI_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecursive() <em>Recursive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecursive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECURSIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRecursive() <em>Recursive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecursive()
	 * @generated
	 * @ordered
	 */
	protected boolean recursive = RECURSIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastRefreshed() <em>Last Refreshed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRefreshed()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_REFRESHED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLastRefreshed() <em>Last Refreshed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRefreshed()
	 * @generated
	 * @ordered
	 */
	protected long lastRefreshed = LAST_REFRESHED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TagbenchPackage.Literals.DATA_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_SOURCE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRootUri() {
		return rootUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootUri(String newRootUri) {
		String oldRootUri = rootUri;
		rootUri = newRootUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_SOURCE__ROOT_URI, oldRootUri, rootUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecursive() {
		return recursive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecursive(boolean newRecursive) {
		boolean oldRecursive = recursive;
		recursive = newRecursive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_SOURCE__RECURSIVE, oldRecursive, recursive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastRefreshed() {
		return lastRefreshed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastRefreshed(long newLastRefreshed) {
		long oldLastRefreshed = lastRefreshed;
		lastRefreshed = newLastRefreshed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_SOURCE__LAST_REFRESHED, oldLastRefreshed, lastRefreshed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TagbenchPackage.DATA_SOURCE__ID:
				return getId();
			case TagbenchPackage.DATA_SOURCE__ROOT_URI:
				return getRootUri();
			case TagbenchPackage.DATA_SOURCE__RECURSIVE:
				return isRecursive();
			case TagbenchPackage.DATA_SOURCE__LAST_REFRESHED:
				return getLastRefreshed();
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
			case TagbenchPackage.DATA_SOURCE__ID:
				setId((String)newValue);
				return;
			case TagbenchPackage.DATA_SOURCE__ROOT_URI:
				setRootUri((String)newValue);
				return;
			case TagbenchPackage.DATA_SOURCE__RECURSIVE:
				setRecursive((Boolean)newValue);
				return;
			case TagbenchPackage.DATA_SOURCE__LAST_REFRESHED:
				setLastRefreshed((Long)newValue);
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
			case TagbenchPackage.DATA_SOURCE__ID:
				setId(ID_EDEFAULT);
				return;
			case TagbenchPackage.DATA_SOURCE__ROOT_URI:
				setRootUri(ROOT_URI_EDEFAULT);
				return;
			case TagbenchPackage.DATA_SOURCE__RECURSIVE:
				setRecursive(RECURSIVE_EDEFAULT);
				return;
			case TagbenchPackage.DATA_SOURCE__LAST_REFRESHED:
				setLastRefreshed(LAST_REFRESHED_EDEFAULT);
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
			case TagbenchPackage.DATA_SOURCE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case TagbenchPackage.DATA_SOURCE__ROOT_URI:
				return ROOT_URI_EDEFAULT == null ? rootUri != null : !ROOT_URI_EDEFAULT.equals(rootUri);
			case TagbenchPackage.DATA_SOURCE__RECURSIVE:
				return recursive != RECURSIVE_EDEFAULT;
			case TagbenchPackage.DATA_SOURCE__LAST_REFRESHED:
				return lastRefreshed != LAST_REFRESHED_EDEFAULT;
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
		result.append(", rootUri: ");
		result.append(rootUri);
		result.append(", recursive: ");
		result.append(recursive);
		result.append(", lastRefreshed: ");
		result.append(lastRefreshed);
		result.append(')');
		return result.toString();
	}

} //DataSourceImpl
