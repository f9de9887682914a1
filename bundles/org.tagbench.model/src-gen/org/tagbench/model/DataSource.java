/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A folder the project's images come from. Data item paths are relative to its root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.DataSource#getId <em>Id</em>}</li>
 *   <li>{@link org.tagbench.model.DataSource#getRootUri <em>Root Uri</em>}</li>
 *   <li>{@link org.tagbench.model.DataSource#isRecursive <em>Recursive</em>}</li>
 *   <li>{@link org.tagbench.model.DataSource#getLastRefreshed <em>Last Refreshed</em>}</li>
 * </ul>
 *
 * @see org.tagbench.model.TagbenchPackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.tagbench.model.TagbenchPackage#getDataSource_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataSource#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Root Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Root folder, as a file URI or a local path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Uri</em>' attribute.
	 * @see #setRootUri(String)
	 * @see org.tagbench.model.TagbenchPackage#getDataSource_RootUri()
	 * @model
	 * @generated
	 */
	String getRootUri();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataSource#getRootUri <em>Root Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Uri</em>' attribute.
	 * @see #getRootUri()
	 * @generated
	 */
	void setRootUri(String value);

	/**
	 * Returns the value of the '<em><b>Recursive</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recursive</em>' attribute.
	 * @see #setRecursive(boolean)
	 * @see org.tagbench.model.TagbenchPackage#getDataSource_Recursive()
	 * @model default="true"
	 * @generated
	 */
	boolean isRecursive();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataSource#isRecursive <em>Recursive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recursive</em>' attribute.
	 * @see #isRecursive()
	 * @generated
	 */
	void setRecursive(boolean value);

	/**
	 * Returns the value of the '<em><b>Last Refreshed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the folder was last scanned, milliseconds since the epoch (UTC); 0 if never.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Refreshed</em>' attribute.
	 * @see #setLastRefreshed(long)
	 * @see org.tagbench.model.TagbenchPackage#getDataSource_LastRefreshed()
	 * @model
	 * @generated
	 */
	long getLastRefreshed();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataSource#getLastRefreshed <em>Last Refreshed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Refreshed</em>' attribute.
	 * @see #getLastRefreshed()
	 * @generated
	 */
	void setLastRefreshed(long value);

} // DataSource
