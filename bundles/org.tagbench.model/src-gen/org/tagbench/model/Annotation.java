/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an annotator (or a model) said about a data item: a class, a box or a polygon.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.Annotation#getId <em>Id</em>}</li>
 *   <li>{@link org.tagbench.model.Annotation#getLabelClass <em>Label Class</em>}</li>
 *   <li>{@link org.tagbench.model.Annotation#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.tagbench.model.Annotation#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.tagbench.model.Annotation#getSource <em>Source</em>}</li>
 *   <li>{@link org.tagbench.model.Annotation#getScore <em>Score</em>}</li>
 *   <li>{@link org.tagbench.model.Annotation#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.tagbench.model.Annotation#getFrameIndex <em>Frame Index</em>}</li>
 * </ul>
 *
 * @see org.tagbench.model.TagbenchPackage#getAnnotation()
 * @model abstract="true"
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.tagbench.model.TagbenchPackage#getAnnotation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.tagbench.model.Annotation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Class</em>' reference.
	 * @see #setLabelClass(LabelClass)
	 * @see org.tagbench.model.TagbenchPackage#getAnnotation_LabelClass()
	 * @model
	 * @generated
	 */
	LabelClass getLabelClass();

	/**
	 * Sets the value of the '{@link org.tagbench.model.Annotation#getLabelClass <em>Label Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Class</em>' reference.
	 * @see #getLabelClass()
	 * @generated
	 */
	void setLabelClass(LabelClass value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.tagbench.model.TagbenchPackage#getAnnotation_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.tagbench.model.Annotation#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Creation time, milliseconds since the epoch (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(long)
	 * @see org.tagbench.model.TagbenchPackage#getAnnotation_CreatedAt()
	 * @model
	 * @generated
	 */
	long getCreatedAt();

	/**
	 * Sets the value of the '{@link org.tagbench.model.Annotation#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(long value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tagbench.model.AnnotationSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.tagbench.model.AnnotationSource
	 * @see #setSource(AnnotationSource)
	 * @see org.tagbench.model.TagbenchPackage#getAnnotation_Source()
	 * @model
	 * @generated
	 */
	AnnotationSource getSource();

	/**
	 * Sets the value of the '{@link org.tagbench.model.Annotation#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.tagbench.model.AnnotationSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(AnnotationSource value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confidence of a prediction (0..1); unused for human annotations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.tagbench.model.TagbenchPackage#getAnnotation_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.tagbench.model.Annotation#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the model that predicted this annotation, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(String)
	 * @see org.tagbench.model.TagbenchPackage#getAnnotation_ModelVersion()
	 * @model
	 * @generated
	 */
	String getModelVersion();

	/**
	 * Sets the value of the '{@link org.tagbench.model.Annotation#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Frame Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frame of a multi-frame (DICOM) item this annotation belongs to; 0 for single images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frame Index</em>' attribute.
	 * @see #setFrameIndex(int)
	 * @see org.tagbench.model.TagbenchPackage#getAnnotation_FrameIndex()
	 * @model
	 * @generated
	 */
	int getFrameIndex();

	/**
	 * Sets the value of the '{@link org.tagbench.model.Annotation#getFrameIndex <em>Frame Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Index</em>' attribute.
	 * @see #getFrameIndex()
	 * @generated
	 */
	void setFrameIndex(int value);

} // Annotation
