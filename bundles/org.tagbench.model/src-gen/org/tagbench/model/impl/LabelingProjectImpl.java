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

import org.tagbench.model.AssistSettings;
import org.tagbench.model.DataSource;
import org.tagbench.model.Instructions;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Labeling Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getRandomSeed <em>Random Seed</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getAssistSettings <em>Assist Settings</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.tagbench.model.impl.LabelingProjectImpl#getModified <em>Modified</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelingProjectImpl extends MinimalEObjectImpl.Container implements LabelingProject {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ProjectType TYPE_EDEFAULT = ProjectType.MULTI_CLASS;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ProjectType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelClasses() <em>Label Classes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelClass> labelClasses;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected Instructions instructions;

	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The default value of the '{@link #getRandomSeed() <em>Random Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long RANDOM_SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRandomSeed() <em>Random Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomSeed()
	 * @generated
	 * @ordered
	 */
	protected long randomSeed = RANDOM_SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssistSettings() <em>Assist Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssistSettings()
	 * @generated
	 * @ordered
	 */
	protected AssistSettings assistSettings;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelingProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TagbenchPackage.Literals.LABELING_PROJECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ProjectType newType) {
		ProjectType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelClass> getLabelClasses() {
		if (labelClasses == null) {
			labelClasses = new EObjectContainmentEList<LabelClass>(LabelClass.class, this, TagbenchPackage.LABELING_PROJECT__LABEL_CLASSES);
		}
		return labelClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instructions getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstructions(Instructions newInstructions, NotificationChain msgs) {
		Instructions oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS, oldInstructions, newInstructions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(Instructions newInstructions) {
		if (newInstructions != instructions) {
			NotificationChain msgs = null;
			if (instructions != null)
				msgs = ((InternalEObject)instructions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS, null, msgs);
			if (newInstructions != null)
				msgs = ((InternalEObject)newInstructions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS, null, msgs);
			msgs = basicSetInstructions(newInstructions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS, newInstructions, newInstructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources() {
		if (dataSources == null) {
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, TagbenchPackage.LABELING_PROJECT__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRandomSeed() {
		return randomSeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomSeed(long newRandomSeed) {
		long oldRandomSeed = randomSeed;
		randomSeed = newRandomSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__RANDOM_SEED, oldRandomSeed, randomSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssistSettings getAssistSettings() {
		return assistSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAssistSettings(AssistSettings newAssistSettings, NotificationChain msgs) {
		AssistSettings oldAssistSettings = assistSettings;
		assistSettings = newAssistSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS, oldAssistSettings, newAssistSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssistSettings(AssistSettings newAssistSettings) {
		if (newAssistSettings != assistSettings) {
			NotificationChain msgs = null;
			if (assistSettings != null)
				msgs = ((InternalEObject)assistSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS, null, msgs);
			if (newAssistSettings != null)
				msgs = ((InternalEObject)newAssistSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS, null, msgs);
			msgs = basicSetAssistSettings(newAssistSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS, newAssistSettings, newAssistSettings));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__CREATED, oldCreated, created));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TagbenchPackage.LABELING_PROJECT__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TagbenchPackage.LABELING_PROJECT__LABEL_CLASSES:
				return ((InternalEList<?>)getLabelClasses()).basicRemove(otherEnd, msgs);
			case TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS:
				return basicSetInstructions(null, msgs);
			case TagbenchPackage.LABELING_PROJECT__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS:
				return basicSetAssistSettings(null, msgs);
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
			case TagbenchPackage.LABELING_PROJECT__ID:
				return getId();
			case TagbenchPackage.LABELING_PROJECT__NAME:
				return getName();
			case TagbenchPackage.LABELING_PROJECT__DESCRIPTION:
				return getDescription();
			case TagbenchPackage.LABELING_PROJECT__TYPE:
				return getType();
			case TagbenchPackage.LABELING_PROJECT__LABEL_CLASSES:
				return getLabelClasses();
			case TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS:
				return getInstructions();
			case TagbenchPackage.LABELING_PROJECT__DATA_SOURCES:
				return getDataSources();
			case TagbenchPackage.LABELING_PROJECT__RANDOM_SEED:
				return getRandomSeed();
			case TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS:
				return getAssistSettings();
			case TagbenchPackage.LABELING_PROJECT__CREATED:
				return getCreated();
			case TagbenchPackage.LABELING_PROJECT__MODIFIED:
				return getModified();
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
			case TagbenchPackage.LABELING_PROJECT__ID:
				setId((String)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__NAME:
				setName((String)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__TYPE:
				setType((ProjectType)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__LABEL_CLASSES:
				getLabelClasses().clear();
				getLabelClasses().addAll((Collection<? extends LabelClass>)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS:
				setInstructions((Instructions)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__RANDOM_SEED:
				setRandomSeed((Long)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS:
				setAssistSettings((AssistSettings)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__CREATED:
				setCreated((Long)newValue);
				return;
			case TagbenchPackage.LABELING_PROJECT__MODIFIED:
				setModified((Long)newValue);
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
			case TagbenchPackage.LABELING_PROJECT__ID:
				setId(ID_EDEFAULT);
				return;
			case TagbenchPackage.LABELING_PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TagbenchPackage.LABELING_PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TagbenchPackage.LABELING_PROJECT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case TagbenchPackage.LABELING_PROJECT__LABEL_CLASSES:
				getLabelClasses().clear();
				return;
			case TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS:
				setInstructions((Instructions)null);
				return;
			case TagbenchPackage.LABELING_PROJECT__DATA_SOURCES:
				getDataSources().clear();
				return;
			case TagbenchPackage.LABELING_PROJECT__RANDOM_SEED:
				setRandomSeed(RANDOM_SEED_EDEFAULT);
				return;
			case TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS:
				setAssistSettings((AssistSettings)null);
				return;
			case TagbenchPackage.LABELING_PROJECT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case TagbenchPackage.LABELING_PROJECT__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
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
			case TagbenchPackage.LABELING_PROJECT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case TagbenchPackage.LABELING_PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TagbenchPackage.LABELING_PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TagbenchPackage.LABELING_PROJECT__TYPE:
				return type != TYPE_EDEFAULT;
			case TagbenchPackage.LABELING_PROJECT__LABEL_CLASSES:
				return labelClasses != null && !labelClasses.isEmpty();
			case TagbenchPackage.LABELING_PROJECT__INSTRUCTIONS:
				return instructions != null;
			case TagbenchPackage.LABELING_PROJECT__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case TagbenchPackage.LABELING_PROJECT__RANDOM_SEED:
				return randomSeed != RANDOM_SEED_EDEFAULT;
			case TagbenchPackage.LABELING_PROJECT__ASSIST_SETTINGS:
				return assistSettings != null;
			case TagbenchPackage.LABELING_PROJECT__CREATED:
				return created != CREATED_EDEFAULT;
			case TagbenchPackage.LABELING_PROJECT__MODIFIED:
				return modified != MODIFIED_EDEFAULT;
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
		result.append(", description: ");
		result.append(description);
		result.append(", type: ");
		result.append(type);
		result.append(", randomSeed: ");
		result.append(randomSeed);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(')');
		return result.toString();
	}

} //LabelingProjectImpl
