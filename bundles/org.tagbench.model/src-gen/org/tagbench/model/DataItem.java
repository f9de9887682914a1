/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One image (or multi-frame DICOM series file) to label, with its annotations. A root object of its own, kept by the item store; it refers to its project's DataSource and, through its annotations, LabelClass objects.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.DataItem#getId <em>Id</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getPath <em>Path</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getWidth <em>Width</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getHeight <em>Height</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getFrameCount <em>Frame Count</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getOrderKey <em>Order Key</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getCreated <em>Created</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getModified <em>Modified</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getTimeSpentMillis <em>Time Spent Millis</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getReviewComment <em>Review Comment</em>}</li>
 *   <li>{@link org.tagbench.model.DataItem#getAnnotations <em>Annotations</em>}</li>
 * </ul>
 *
 * @see org.tagbench.model.TagbenchPackage#getDataItem()
 * @model
 * @generated
 */
public interface DataItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier; never changes when the file is renamed or the order changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' reference.
	 * @see #setDataSource(DataSource)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_DataSource()
	 * @model
	 * @generated
	 */
	DataSource getDataSource();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getDataSource <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(DataSource value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path relative to the data source root, with '/' separators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tagbench.model.MediaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see org.tagbench.model.MediaType
	 * @see #setMediaType(MediaType)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_MediaType()
	 * @model
	 * @generated
	 */
	MediaType getMediaType();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see org.tagbench.model.MediaType
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(MediaType value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Frame Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame Count</em>' attribute.
	 * @see #setFrameCount(int)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_FrameCount()
	 * @model default="1"
	 * @generated
	 */
	int getFrameCount();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getFrameCount <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Count</em>' attribute.
	 * @see #getFrameCount()
	 * @generated
	 */
	void setFrameCount(int value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hash of the file content, to recognise moved or changed files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Order Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Random sort key (from the project's random seed): items are labeled in this order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order Key</em>' attribute.
	 * @see #setOrderKey(long)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_OrderKey()
	 * @model
	 * @generated
	 */
	long getOrderKey();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getOrderKey <em>Order Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Key</em>' attribute.
	 * @see #getOrderKey()
	 * @generated
	 */
	void setOrderKey(long value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tagbench.model.ItemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.tagbench.model.ItemStatus
	 * @see #setStatus(ItemStatus)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_Status()
	 * @model
	 * @generated
	 */
	ItemStatus getStatus();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.tagbench.model.ItemStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ItemStatus value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(long)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_Created()
	 * @model
	 * @generated
	 */
	long getCreated();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(long value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(long)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_Modified()
	 * @model
	 * @generated
	 */
	long getModified();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(long value);

	/**
	 * Returns the value of the '<em><b>Time Spent Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total time annotators spent on this item, in milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Spent Millis</em>' attribute.
	 * @see #setTimeSpentMillis(long)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_TimeSpentMillis()
	 * @model
	 * @generated
	 */
	long getTimeSpentMillis();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getTimeSpentMillis <em>Time Spent Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Spent Millis</em>' attribute.
	 * @see #getTimeSpentMillis()
	 * @generated
	 */
	void setTimeSpentMillis(long value);

	/**
	 * Returns the value of the '<em><b>Review Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the reviewer said when rejecting the item (optional); shown to the labeler when the item comes back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Comment</em>' attribute.
	 * @see #setReviewComment(String)
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_ReviewComment()
	 * @model
	 * @generated
	 */
	String getReviewComment();

	/**
	 * Sets the value of the '{@link org.tagbench.model.DataItem#getReviewComment <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Comment</em>' attribute.
	 * @see #getReviewComment()
	 * @generated
	 */
	void setReviewComment(String value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.tagbench.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.tagbench.model.TagbenchPackage#getDataItem_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

} // DataItem
