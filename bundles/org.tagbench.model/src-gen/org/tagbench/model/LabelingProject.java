/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Labeling Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A labeling project: what is labeled (its type and label classes), how (instructions, assist settings) and where the images come from (data sources). Saved as one XMI document; its data items live in a separate store.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.LabelingProject#getId <em>Id</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getName <em>Name</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getDescription <em>Description</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getType <em>Type</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getRandomSeed <em>Random Seed</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getAssistSettings <em>Assist Settings</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getCreated <em>Created</em>}</li>
 *   <li>{@link org.tagbench.model.LabelingProject#getModified <em>Modified</em>}</li>
 * </ul>
 *
 * @see org.tagbench.model.TagbenchPackage#getLabelingProject()
 * @model
 * @generated
 */
public interface LabelingProject extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tagbench.model.ProjectType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.tagbench.model.ProjectType
	 * @see #setType(ProjectType)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_Type()
	 * @model
	 * @generated
	 */
	ProjectType getType();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.tagbench.model.ProjectType
	 * @see #getType()
	 * @generated
	 */
	void setType(ProjectType value);

	/**
	 * Returns the value of the '<em><b>Label Classes</b></em>' containment reference list.
	 * The list contents are of type {@link org.tagbench.model.LabelClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Classes</em>' containment reference list.
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_LabelClasses()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelClass> getLabelClasses();

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' containment reference.
	 * @see #setInstructions(Instructions)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_Instructions()
	 * @model containment="true"
	 * @generated
	 */
	Instructions getInstructions();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getInstructions <em>Instructions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' containment reference.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(Instructions value);

	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.tagbench.model.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Random Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the project's random item order (see DataItem.orderKey).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Random Seed</em>' attribute.
	 * @see #setRandomSeed(long)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_RandomSeed()
	 * @model
	 * @generated
	 */
	long getRandomSeed();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getRandomSeed <em>Random Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Seed</em>' attribute.
	 * @see #getRandomSeed()
	 * @generated
	 */
	void setRandomSeed(long value);

	/**
	 * Returns the value of the '<em><b>Assist Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assist Settings</em>' containment reference.
	 * @see #setAssistSettings(AssistSettings)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_AssistSettings()
	 * @model containment="true"
	 * @generated
	 */
	AssistSettings getAssistSettings();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getAssistSettings <em>Assist Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assist Settings</em>' containment reference.
	 * @see #getAssistSettings()
	 * @generated
	 */
	void setAssistSettings(AssistSettings value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Creation time, milliseconds since the epoch (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(long)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_Created()
	 * @model
	 * @generated
	 */
	long getCreated();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getCreated <em>Created</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * Last modification time, milliseconds since the epoch (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(long)
	 * @see org.tagbench.model.TagbenchPackage#getLabelingProject_Modified()
	 * @model
	 * @generated
	 */
	long getModified();

	/**
	 * Sets the value of the '{@link org.tagbench.model.LabelingProject#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(long value);

} // LabelingProject
