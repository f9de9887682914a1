/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;
import org.tagbench.model.TagbenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getFrameCount <em>Frame Count</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getOrderKey <em>Order Key</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getTimeSpentMillis <em>Time Spent Millis</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getReviewComment <em>Review Comment</em>}</li>
 *   <li>{@link org.tagbench.model.impl.DataItemImpl#getAnnotations <em>Annotations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataItemImpl extends MinimalEObjectImpl.Container implements DataItem {
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
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected DataSource dataSource;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected static final MediaType MEDIA_TYPE_EDEFAULT = MediaType.IMAGE;

	/**
	 * The cached value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected MediaType mediaType = MEDIA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameCount() <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameCount()
	 * @generated
	 * @ordered
	 */
	protected static final int FRAME_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFrameCount() <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameCount()
	 * @generated
	 * @ordered
	 */
	protected int frameCount = FRAME_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrderKey() <em>Order Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderKey()
	 * @generated
	 * @ordered
	 */
	protected static final long ORDER_KEY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOrderKey() <em>Order Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderKey()
	 * @generated
	 * @ordered
	 */
	protected long orderKey = ORDER_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ItemStatus STATUS_EDEFAULT = ItemStatus.UNLABELED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ItemStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final long CREATED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected long created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final long MODIFIED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected long modified = MODIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeSpentMillis() <em>Time Spent Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeSpentMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long TIME_SPENT_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTimeSpentMillis() <em>Time Spent Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeSpentMillis()
	 * @generated
	 * @ordered
	 */
	protected long timeSpentMillis = TIME_SPENT_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewComment() <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComment()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEW_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewComment() <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComment()
	 * @generated
	 * @ordered
	 */
	protected String reviewComment = REVIEW_COMMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TagbenchPackage.Literals.DATA_ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getDataSource() {
		if (dataSource != null && dataSource.eIsProxy()) {
			InternalEObject oldDataSource = (InternalEObject)dataSource;
			dataSource = (DataSource)eResolveProxy(oldDataSource);
			if (dataSource != oldDataSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TagbenchPackage.DATA_ITEM__DATA_SOURCE, oldDataSource, dataSource));
			}
		}
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSource basicGetDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(DataSource newDataSource) {
		DataSource oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaType getMediaType() {
		return mediaType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaType(MediaType newMediaType) {
		MediaType oldMediaType = mediaType;
		mediaType = newMediaType == null ? MEDIA_TYPE_EDEFAULT : newMediaType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__MEDIA_TYPE, oldMediaType, mediaType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFrameCount() {
		return frameCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameCount(int newFrameCount) {
		int oldFrameCount = frameCount;
		frameCount = newFrameCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__FRAME_COUNT, oldFrameCount, frameCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOrderKey() {
		return orderKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderKey(long newOrderKey) {
		long oldOrderKey = orderKey;
		orderKey = newOrderKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__ORDER_KEY, oldOrderKey, orderKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ItemStatus newStatus) {
		ItemStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(long newCreated) {
		long oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(long newModified) {
		long oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimeSpentMillis() {
		return timeSpentMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeSpentMillis(long newTimeSpentMillis) {
		long oldTimeSpentMillis = timeSpentMillis;
		timeSpentMillis = newTimeSpentMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__TIME_SPENT_MILLIS, oldTimeSpentMillis, timeSpentMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewComment() {
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewComment(String newReviewComment) {
		String oldReviewComment = reviewComment;
		reviewComment = newReviewComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.DATA_ITEM__REVIEW_COMMENT, oldReviewComment, reviewComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, TagbenchPackage.DATA_ITEM__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TagbenchPackage.DATA_ITEM__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TagbenchPackage.DATA_ITEM__ID:
				return getId();
			case TagbenchPackage.DATA_ITEM__DATA_SOURCE:
				if (resolve) return getDataSource();
				return basicGetDataSource();
			case TagbenchPackage.DATA_ITEM__PATH:
				return getPath();
			case TagbenchPackage.DATA_ITEM__MEDIA_TYPE:
				return getMediaType();
			case TagbenchPackage.DATA_ITEM__WIDTH:
				return getWidth();
			case TagbenchPackage.DATA_ITEM__HEIGHT:
				return getHeight();
			case TagbenchPackage.DATA_ITEM__FRAME_COUNT:
				return getFrameCount();
			case TagbenchPackage.DATA_ITEM__CONTENT_HASH:
				return getContentHash();
			case TagbenchPackage.DATA_ITEM__ORDER_KEY:
				return getOrderKey();
			case TagbenchPackage.DATA_ITEM__STATUS:
				return getStatus();
			case TagbenchPackage.DATA_ITEM__CREATED:
				return getCreated();
			case TagbenchPackage.DATA_ITEM__MODIFIED:
				return getModified();
			case TagbenchPackage.DATA_ITEM__TIME_SPENT_MILLIS:
				return getTimeSpentMillis();
			case TagbenchPackage.DATA_ITEM__REVIEW_COMMENT:
				return getReviewComment();
			case TagbenchPackage.DATA_ITEM__ANNOTATIONS:
				return getAnnotations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TagbenchPackage.DATA_ITEM__ID:
				setId((String)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__DATA_SOURCE:
				setDataSource((DataSource)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__PATH:
				setPath((String)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__MEDIA_TYPE:
				setMediaType((MediaType)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__WIDTH:
				setWidth((Integer)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__FRAME_COUNT:
				setFrameCount((Integer)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__ORDER_KEY:
				setOrderKey((Long)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__STATUS:
				setStatus((ItemStatus)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__CREATED:
				setCreated((Long)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__MODIFIED:
				setModified((Long)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__TIME_SPENT_MILLIS:
				setTimeSpentMillis((Long)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__REVIEW_COMMENT:
				setReviewComment((String)newValue);
				return;
			case TagbenchPackage.DATA_ITEM__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
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
			case TagbenchPackage.DATA_ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__DATA_SOURCE:
				setDataSource((DataSource)null);
				return;
			case TagbenchPackage.DATA_ITEM__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__MEDIA_TYPE:
				setMediaType(MEDIA_TYPE_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__FRAME_COUNT:
				setFrameCount(FRAME_COUNT_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__ORDER_KEY:
				setOrderKey(ORDER_KEY_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__TIME_SPENT_MILLIS:
				setTimeSpentMillis(TIME_SPENT_MILLIS_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__REVIEW_COMMENT:
				setReviewComment(REVIEW_COMMENT_EDEFAULT);
				return;
			case TagbenchPackage.DATA_ITEM__ANNOTATIONS:
				getAnnotations().clear();
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
			case TagbenchPackage.DATA_ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case TagbenchPackage.DATA_ITEM__DATA_SOURCE:
				return dataSource != null;
			case TagbenchPackage.DATA_ITEM__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case TagbenchPackage.DATA_ITEM__MEDIA_TYPE:
				return mediaType != MEDIA_TYPE_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__WIDTH:
				return width != WIDTH_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__FRAME_COUNT:
				return frameCount != FRAME_COUNT_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case TagbenchPackage.DATA_ITEM__ORDER_KEY:
				return orderKey != ORDER_KEY_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__STATUS:
				return status != STATUS_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__CREATED:
				return created != CREATED_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__MODIFIED:
				return modified != MODIFIED_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__TIME_SPENT_MILLIS:
				return timeSpentMillis != TIME_SPENT_MILLIS_EDEFAULT;
			case TagbenchPackage.DATA_ITEM__REVIEW_COMMENT:
				return REVIEW_COMMENT_EDEFAULT == null ? reviewComment != null : !REVIEW_COMMENT_EDEFAULT.equals(reviewComment);
			case TagbenchPackage.DATA_ITEM__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
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
		result.append(", path: ");
		result.append(path);
		result.append(", mediaType: ");
		result.append(mediaType);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", frameCount: ");
		result.append(frameCount);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", orderKey: ");
		result.append(orderKey);
		result.append(", status: ");
		result.append(status);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(", timeSpentMillis: ");
		result.append(timeSpentMillis);
		result.append(", reviewComment: ");
		result.append(reviewComment);
		result.append(')');
		return result.toString();
	}

} //DataItemImpl
