/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Tagbench project model: a labeling project (its classes, instructions, data sources and assist settings) and the data items with their annotations. Data items are roots of their own: a separate store keeps them, they are not contained in the project.
 * All timestamps are milliseconds since the epoch (UTC), 0 meaning unset.
 * <!-- end-model-doc -->
 * @see org.tagbench.model.TagbenchFactory
 * @model kind="package"
 * @generated
 */
public interface TagbenchPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://tagbench.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tagbench";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TagbenchPackage eINSTANCE = org.tagbench.model.impl.TagbenchPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.LabelingProjectImpl <em>Labeling Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.LabelingProjectImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getLabelingProject()
	 * @generated
	 */
	int LABELING_PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Label Classes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__LABEL_CLASSES = 4;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__INSTRUCTIONS = 5;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__DATA_SOURCES = 6;

	/**
	 * The feature id for the '<em><b>Random Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__RANDOM_SEED = 7;

	/**
	 * The feature id for the '<em><b>Assist Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__ASSIST_SETTINGS = 8;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__CREATED = 9;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT__MODIFIED = 10;

	/**
	 * The number of structural features of the '<em>Labeling Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Labeling Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELING_PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.LabelClassImpl <em>Label Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.LabelClassImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getLabelClass()
	 * @generated
	 */
	int LABEL_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__NAME = 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__COLOUR = 2;

	/**
	 * The feature id for the '<em><b>Shortcut Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__SHORTCUT_KEY = 3;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__GROUP = 4;

	/**
	 * The number of structural features of the '<em>Label Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Label Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.InstructionsImpl <em>Instructions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.InstructionsImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getInstructions()
	 * @generated
	 */
	int INSTRUCTIONS = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS__LINK = 2;

	/**
	 * The number of structural features of the '<em>Instructions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Instructions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.DataSourceImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Root Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ROOT_URI = 1;

	/**
	 * The feature id for the '<em><b>Recursive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__RECURSIVE = 2;

	/**
	 * The feature id for the '<em><b>Last Refreshed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__LAST_REFRESHED = 3;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.AssistSettingsImpl <em>Assist Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.AssistSettingsImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getAssistSettings()
	 * @generated
	 */
	int ASSIST_SETTINGS = 4;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIST_SETTINGS__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Target Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIST_SETTINGS__TARGET_PRECISION = 1;

	/**
	 * The feature id for the '<em><b>Retrain After Labels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIST_SETTINGS__RETRAIN_AFTER_LABELS = 2;

	/**
	 * The feature id for the '<em><b>Min Labels Per Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIST_SETTINGS__MIN_LABELS_PER_CLASS = 3;

	/**
	 * The feature id for the '<em><b>Prelabel Unlabeled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIST_SETTINGS__PRELABEL_UNLABELED = 4;

	/**
	 * The number of structural features of the '<em>Assist Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIST_SETTINGS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Assist Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIST_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.DataItemImpl <em>Data Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.DataItemImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getDataItem()
	 * @generated
	 */
	int DATA_ITEM = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__DATA_SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__PATH = 2;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__MEDIA_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__HEIGHT = 5;

	/**
	 * The feature id for the '<em><b>Frame Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__FRAME_COUNT = 6;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__CONTENT_HASH = 7;

	/**
	 * The feature id for the '<em><b>Order Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__ORDER_KEY = 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__STATUS = 9;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__CREATED = 10;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__MODIFIED = 11;

	/**
	 * The feature id for the '<em><b>Time Spent Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__TIME_SPENT_MILLIS = 12;

	/**
	 * The feature id for the '<em><b>Review Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__REVIEW_COMMENT = 13;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__ANNOTATIONS = 14;

	/**
	 * The number of structural features of the '<em>Data Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Data Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.AnnotationImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__LABEL_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CREATED_AT = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__SCORE = 5;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__MODEL_VERSION = 6;

	/**
	 * The feature id for the '<em><b>Frame Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__FRAME_INDEX = 7;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.ClassificationLabelImpl <em>Classification Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.ClassificationLabelImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getClassificationLabel()
	 * @generated
	 */
	int CLASSIFICATION_LABEL = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL__LABEL_CLASS = ANNOTATION__LABEL_CLASS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL__AUTHOR = ANNOTATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL__CREATED_AT = ANNOTATION__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL__SOURCE = ANNOTATION__SOURCE;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL__SCORE = ANNOTATION__SCORE;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL__MODEL_VERSION = ANNOTATION__MODEL_VERSION;

	/**
	 * The feature id for the '<em><b>Frame Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL__FRAME_INDEX = ANNOTATION__FRAME_INDEX;

	/**
	 * The number of structural features of the '<em>Classification Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Classification Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_LABEL_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.BoundingBoxImpl <em>Bounding Box</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.BoundingBoxImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getBoundingBox()
	 * @generated
	 */
	int BOUNDING_BOX = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__LABEL_CLASS = ANNOTATION__LABEL_CLASS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__AUTHOR = ANNOTATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__CREATED_AT = ANNOTATION__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__SOURCE = ANNOTATION__SOURCE;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__SCORE = ANNOTATION__SCORE;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__MODEL_VERSION = ANNOTATION__MODEL_VERSION;

	/**
	 * The feature id for the '<em><b>Frame Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__FRAME_INDEX = ANNOTATION__FRAME_INDEX;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__X = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__Y = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>W</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__W = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>H</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__H = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Bounding Box</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Bounding Box</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.impl.PolygonAnnotationImpl <em>Polygon Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.impl.PolygonAnnotationImpl
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getPolygonAnnotation()
	 * @generated
	 */
	int POLYGON_ANNOTATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__LABEL_CLASS = ANNOTATION__LABEL_CLASS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__AUTHOR = ANNOTATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__CREATED_AT = ANNOTATION__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__SOURCE = ANNOTATION__SOURCE;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__SCORE = ANNOTATION__SCORE;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__MODEL_VERSION = ANNOTATION__MODEL_VERSION;

	/**
	 * The feature id for the '<em><b>Frame Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__FRAME_INDEX = ANNOTATION__FRAME_INDEX;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION__POINTS = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Polygon Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Polygon Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_ANNOTATION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tagbench.model.ProjectType <em>Project Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.ProjectType
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getProjectType()
	 * @generated
	 */
	int PROJECT_TYPE = 10;

	/**
	 * The meta object id for the '{@link org.tagbench.model.InstructionsFormat <em>Instructions Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.InstructionsFormat
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getInstructionsFormat()
	 * @generated
	 */
	int INSTRUCTIONS_FORMAT = 11;

	/**
	 * The meta object id for the '{@link org.tagbench.model.MediaType <em>Media Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.MediaType
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getMediaType()
	 * @generated
	 */
	int MEDIA_TYPE = 12;

	/**
	 * The meta object id for the '{@link org.tagbench.model.ItemStatus <em>Item Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.ItemStatus
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getItemStatus()
	 * @generated
	 */
	int ITEM_STATUS = 13;

	/**
	 * The meta object id for the '{@link org.tagbench.model.AnnotationSource <em>Annotation Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tagbench.model.AnnotationSource
	 * @see org.tagbench.model.impl.TagbenchPackageImpl#getAnnotationSource()
	 * @generated
	 */
	int ANNOTATION_SOURCE = 14;


	/**
	 * Returns the meta object for class '{@link org.tagbench.model.LabelingProject <em>Labeling Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Labeling Project</em>'.
	 * @see org.tagbench.model.LabelingProject
	 * @generated
	 */
	EClass getLabelingProject();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelingProject#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.tagbench.model.LabelingProject#getId()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EAttribute getLabelingProject_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelingProject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.tagbench.model.LabelingProject#getName()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EAttribute getLabelingProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelingProject#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.tagbench.model.LabelingProject#getDescription()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EAttribute getLabelingProject_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelingProject#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.tagbench.model.LabelingProject#getType()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EAttribute getLabelingProject_Type();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tagbench.model.LabelingProject#getLabelClasses <em>Label Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Label Classes</em>'.
	 * @see org.tagbench.model.LabelingProject#getLabelClasses()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EReference getLabelingProject_LabelClasses();

	/**
	 * Returns the meta object for the containment reference '{@link org.tagbench.model.LabelingProject#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Instructions</em>'.
	 * @see org.tagbench.model.LabelingProject#getInstructions()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EReference getLabelingProject_Instructions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tagbench.model.LabelingProject#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see org.tagbench.model.LabelingProject#getDataSources()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EReference getLabelingProject_DataSources();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelingProject#getRandomSeed <em>Random Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random Seed</em>'.
	 * @see org.tagbench.model.LabelingProject#getRandomSeed()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EAttribute getLabelingProject_RandomSeed();

	/**
	 * Returns the meta object for the containment reference '{@link org.tagbench.model.LabelingProject#getAssistSettings <em>Assist Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Assist Settings</em>'.
	 * @see org.tagbench.model.LabelingProject#getAssistSettings()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EReference getLabelingProject_AssistSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelingProject#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.tagbench.model.LabelingProject#getCreated()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EAttribute getLabelingProject_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelingProject#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.tagbench.model.LabelingProject#getModified()
	 * @see #getLabelingProject()
	 * @generated
	 */
	EAttribute getLabelingProject_Modified();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.LabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Class</em>'.
	 * @see org.tagbench.model.LabelClass
	 * @generated
	 */
	EClass getLabelClass();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelClass#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.tagbench.model.LabelClass#getId()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelClass#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.tagbench.model.LabelClass#getName()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelClass#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.tagbench.model.LabelClass#getColour()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelClass#getShortcutKey <em>Shortcut Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shortcut Key</em>'.
	 * @see org.tagbench.model.LabelClass#getShortcutKey()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_ShortcutKey();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.LabelClass#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.tagbench.model.LabelClass#getGroup()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Group();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.Instructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instructions</em>'.
	 * @see org.tagbench.model.Instructions
	 * @generated
	 */
	EClass getInstructions();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Instructions#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.tagbench.model.Instructions#getText()
	 * @see #getInstructions()
	 * @generated
	 */
	EAttribute getInstructions_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Instructions#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.tagbench.model.Instructions#getFormat()
	 * @see #getInstructions()
	 * @generated
	 */
	EAttribute getInstructions_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Instructions#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link</em>'.
	 * @see org.tagbench.model.Instructions#getLink()
	 * @see #getInstructions()
	 * @generated
	 */
	EAttribute getInstructions_Link();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see org.tagbench.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataSource#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.tagbench.model.DataSource#getId()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataSource#getRootUri <em>Root Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Uri</em>'.
	 * @see org.tagbench.model.DataSource#getRootUri()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_RootUri();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataSource#isRecursive <em>Recursive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recursive</em>'.
	 * @see org.tagbench.model.DataSource#isRecursive()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Recursive();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataSource#getLastRefreshed <em>Last Refreshed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Refreshed</em>'.
	 * @see org.tagbench.model.DataSource#getLastRefreshed()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_LastRefreshed();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.AssistSettings <em>Assist Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assist Settings</em>'.
	 * @see org.tagbench.model.AssistSettings
	 * @generated
	 */
	EClass getAssistSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.AssistSettings#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.tagbench.model.AssistSettings#isEnabled()
	 * @see #getAssistSettings()
	 * @generated
	 */
	EAttribute getAssistSettings_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.AssistSettings#getTargetPrecision <em>Target Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Precision</em>'.
	 * @see org.tagbench.model.AssistSettings#getTargetPrecision()
	 * @see #getAssistSettings()
	 * @generated
	 */
	EAttribute getAssistSettings_TargetPrecision();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.AssistSettings#getRetrainAfterLabels <em>Retrain After Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retrain After Labels</em>'.
	 * @see org.tagbench.model.AssistSettings#getRetrainAfterLabels()
	 * @see #getAssistSettings()
	 * @generated
	 */
	EAttribute getAssistSettings_RetrainAfterLabels();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.AssistSettings#getMinLabelsPerClass <em>Min Labels Per Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Labels Per Class</em>'.
	 * @see org.tagbench.model.AssistSettings#getMinLabelsPerClass()
	 * @see #getAssistSettings()
	 * @generated
	 */
	EAttribute getAssistSettings_MinLabelsPerClass();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.AssistSettings#isPrelabelUnlabeled <em>Prelabel Unlabeled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prelabel Unlabeled</em>'.
	 * @see org.tagbench.model.AssistSettings#isPrelabelUnlabeled()
	 * @see #getAssistSettings()
	 * @generated
	 */
	EAttribute getAssistSettings_PrelabelUnlabeled();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.DataItem <em>Data Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Item</em>'.
	 * @see org.tagbench.model.DataItem
	 * @generated
	 */
	EClass getDataItem();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.tagbench.model.DataItem#getId()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Id();

	/**
	 * Returns the meta object for the reference '{@link org.tagbench.model.DataItem#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see org.tagbench.model.DataItem#getDataSource()
	 * @see #getDataItem()
	 * @generated
	 */
	EReference getDataItem_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.tagbench.model.DataItem#getPath()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.tagbench.model.DataItem#getMediaType()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.tagbench.model.DataItem#getWidth()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.tagbench.model.DataItem#getHeight()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getFrameCount <em>Frame Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Count</em>'.
	 * @see org.tagbench.model.DataItem#getFrameCount()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_FrameCount();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.tagbench.model.DataItem#getContentHash()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getOrderKey <em>Order Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Key</em>'.
	 * @see org.tagbench.model.DataItem#getOrderKey()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_OrderKey();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.tagbench.model.DataItem#getStatus()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.tagbench.model.DataItem#getCreated()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.tagbench.model.DataItem#getModified()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getTimeSpentMillis <em>Time Spent Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Spent Millis</em>'.
	 * @see org.tagbench.model.DataItem#getTimeSpentMillis()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_TimeSpentMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.DataItem#getReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Comment</em>'.
	 * @see org.tagbench.model.DataItem#getReviewComment()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_ReviewComment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tagbench.model.DataItem#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.tagbench.model.DataItem#getAnnotations()
	 * @see #getDataItem()
	 * @generated
	 */
	EReference getDataItem_Annotations();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.tagbench.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Annotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.tagbench.model.Annotation#getId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Id();

	/**
	 * Returns the meta object for the reference '{@link org.tagbench.model.Annotation#getLabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label Class</em>'.
	 * @see org.tagbench.model.Annotation#getLabelClass()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_LabelClass();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Annotation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.tagbench.model.Annotation#getAuthor()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Annotation#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.tagbench.model.Annotation#getCreatedAt()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Annotation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.tagbench.model.Annotation#getSource()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Annotation#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.tagbench.model.Annotation#getScore()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Annotation#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.tagbench.model.Annotation#getModelVersion()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_ModelVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.Annotation#getFrameIndex <em>Frame Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Index</em>'.
	 * @see org.tagbench.model.Annotation#getFrameIndex()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_FrameIndex();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.ClassificationLabel <em>Classification Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Classification Label</em>'.
	 * @see org.tagbench.model.ClassificationLabel
	 * @generated
	 */
	EClass getClassificationLabel();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.BoundingBox <em>Bounding Box</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bounding Box</em>'.
	 * @see org.tagbench.model.BoundingBox
	 * @generated
	 */
	EClass getBoundingBox();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.BoundingBox#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.tagbench.model.BoundingBox#getX()
	 * @see #getBoundingBox()
	 * @generated
	 */
	EAttribute getBoundingBox_X();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.BoundingBox#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.tagbench.model.BoundingBox#getY()
	 * @see #getBoundingBox()
	 * @generated
	 */
	EAttribute getBoundingBox_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.BoundingBox#getW <em>W</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>W</em>'.
	 * @see org.tagbench.model.BoundingBox#getW()
	 * @see #getBoundingBox()
	 * @generated
	 */
	EAttribute getBoundingBox_W();

	/**
	 * Returns the meta object for the attribute '{@link org.tagbench.model.BoundingBox#getH <em>H</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>H</em>'.
	 * @see org.tagbench.model.BoundingBox#getH()
	 * @see #getBoundingBox()
	 * @generated
	 */
	EAttribute getBoundingBox_H();

	/**
	 * Returns the meta object for class '{@link org.tagbench.model.PolygonAnnotation <em>Polygon Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Polygon Annotation</em>'.
	 * @see org.tagbench.model.PolygonAnnotation
	 * @generated
	 */
	EClass getPolygonAnnotation();

	/**
	 * Returns the meta object for the attribute list '{@link org.tagbench.model.PolygonAnnotation#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Points</em>'.
	 * @see org.tagbench.model.PolygonAnnotation#getPoints()
	 * @see #getPolygonAnnotation()
	 * @generated
	 */
	EAttribute getPolygonAnnotation_Points();

	/**
	 * Returns the meta object for enum '{@link org.tagbench.model.ProjectType <em>Project Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Type</em>'.
	 * @see org.tagbench.model.ProjectType
	 * @generated
	 */
	EEnum getProjectType();

	/**
	 * Returns the meta object for enum '{@link org.tagbench.model.InstructionsFormat <em>Instructions Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instructions Format</em>'.
	 * @see org.tagbench.model.InstructionsFormat
	 * @generated
	 */
	EEnum getInstructionsFormat();

	/**
	 * Returns the meta object for enum '{@link org.tagbench.model.MediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Media Type</em>'.
	 * @see org.tagbench.model.MediaType
	 * @generated
	 */
	EEnum getMediaType();

	/**
	 * Returns the meta object for enum '{@link org.tagbench.model.ItemStatus <em>Item Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Status</em>'.
	 * @see org.tagbench.model.ItemStatus
	 * @generated
	 */
	EEnum getItemStatus();

	/**
	 * Returns the meta object for enum '{@link org.tagbench.model.AnnotationSource <em>Annotation Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Annotation Source</em>'.
	 * @see org.tagbench.model.AnnotationSource
	 * @generated
	 */
	EEnum getAnnotationSource();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TagbenchFactory getTagbenchFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.LabelingProjectImpl <em>Labeling Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.LabelingProjectImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getLabelingProject()
		 * @generated
		 */
		EClass LABELING_PROJECT = eINSTANCE.getLabelingProject();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELING_PROJECT__ID = eINSTANCE.getLabelingProject_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELING_PROJECT__NAME = eINSTANCE.getLabelingProject_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELING_PROJECT__DESCRIPTION = eINSTANCE.getLabelingProject_Description();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELING_PROJECT__TYPE = eINSTANCE.getLabelingProject_Type();

		/**
		 * The meta object literal for the '<em><b>Label Classes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELING_PROJECT__LABEL_CLASSES = eINSTANCE.getLabelingProject_LabelClasses();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELING_PROJECT__INSTRUCTIONS = eINSTANCE.getLabelingProject_Instructions();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELING_PROJECT__DATA_SOURCES = eINSTANCE.getLabelingProject_DataSources();

		/**
		 * The meta object literal for the '<em><b>Random Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELING_PROJECT__RANDOM_SEED = eINSTANCE.getLabelingProject_RandomSeed();

		/**
		 * The meta object literal for the '<em><b>Assist Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELING_PROJECT__ASSIST_SETTINGS = eINSTANCE.getLabelingProject_AssistSettings();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELING_PROJECT__CREATED = eINSTANCE.getLabelingProject_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELING_PROJECT__MODIFIED = eINSTANCE.getLabelingProject_Modified();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.LabelClassImpl <em>Label Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.LabelClassImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getLabelClass()
		 * @generated
		 */
		EClass LABEL_CLASS = eINSTANCE.getLabelClass();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__ID = eINSTANCE.getLabelClass_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__NAME = eINSTANCE.getLabelClass_Name();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__COLOUR = eINSTANCE.getLabelClass_Colour();

		/**
		 * The meta object literal for the '<em><b>Shortcut Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__SHORTCUT_KEY = eINSTANCE.getLabelClass_ShortcutKey();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__GROUP = eINSTANCE.getLabelClass_Group();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.InstructionsImpl <em>Instructions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.InstructionsImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getInstructions()
		 * @generated
		 */
		EClass INSTRUCTIONS = eINSTANCE.getInstructions();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTIONS__TEXT = eINSTANCE.getInstructions_Text();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTIONS__FORMAT = eINSTANCE.getInstructions_Format();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTIONS__LINK = eINSTANCE.getInstructions_Link();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.DataSourceImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__ID = eINSTANCE.getDataSource_Id();

		/**
		 * The meta object literal for the '<em><b>Root Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__ROOT_URI = eINSTANCE.getDataSource_RootUri();

		/**
		 * The meta object literal for the '<em><b>Recursive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__RECURSIVE = eINSTANCE.getDataSource_Recursive();

		/**
		 * The meta object literal for the '<em><b>Last Refreshed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__LAST_REFRESHED = eINSTANCE.getDataSource_LastRefreshed();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.AssistSettingsImpl <em>Assist Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.AssistSettingsImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getAssistSettings()
		 * @generated
		 */
		EClass ASSIST_SETTINGS = eINSTANCE.getAssistSettings();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIST_SETTINGS__ENABLED = eINSTANCE.getAssistSettings_Enabled();

		/**
		 * The meta object literal for the '<em><b>Target Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIST_SETTINGS__TARGET_PRECISION = eINSTANCE.getAssistSettings_TargetPrecision();

		/**
		 * The meta object literal for the '<em><b>Retrain After Labels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIST_SETTINGS__RETRAIN_AFTER_LABELS = eINSTANCE.getAssistSettings_RetrainAfterLabels();

		/**
		 * The meta object literal for the '<em><b>Min Labels Per Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIST_SETTINGS__MIN_LABELS_PER_CLASS = eINSTANCE.getAssistSettings_MinLabelsPerClass();

		/**
		 * The meta object literal for the '<em><b>Prelabel Unlabeled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIST_SETTINGS__PRELABEL_UNLABELED = eINSTANCE.getAssistSettings_PrelabelUnlabeled();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.DataItemImpl <em>Data Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.DataItemImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getDataItem()
		 * @generated
		 */
		EClass DATA_ITEM = eINSTANCE.getDataItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__ID = eINSTANCE.getDataItem_Id();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_ITEM__DATA_SOURCE = eINSTANCE.getDataItem_DataSource();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__PATH = eINSTANCE.getDataItem_Path();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__MEDIA_TYPE = eINSTANCE.getDataItem_MediaType();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__WIDTH = eINSTANCE.getDataItem_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__HEIGHT = eINSTANCE.getDataItem_Height();

		/**
		 * The meta object literal for the '<em><b>Frame Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__FRAME_COUNT = eINSTANCE.getDataItem_FrameCount();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__CONTENT_HASH = eINSTANCE.getDataItem_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Order Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__ORDER_KEY = eINSTANCE.getDataItem_OrderKey();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__STATUS = eINSTANCE.getDataItem_Status();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__CREATED = eINSTANCE.getDataItem_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__MODIFIED = eINSTANCE.getDataItem_Modified();

		/**
		 * The meta object literal for the '<em><b>Time Spent Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__TIME_SPENT_MILLIS = eINSTANCE.getDataItem_TimeSpentMillis();

		/**
		 * The meta object literal for the '<em><b>Review Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__REVIEW_COMMENT = eINSTANCE.getDataItem_ReviewComment();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_ITEM__ANNOTATIONS = eINSTANCE.getDataItem_Annotations();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.AnnotationImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ID = eINSTANCE.getAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Label Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__LABEL_CLASS = eINSTANCE.getAnnotation_LabelClass();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__AUTHOR = eINSTANCE.getAnnotation_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CREATED_AT = eINSTANCE.getAnnotation_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__SOURCE = eINSTANCE.getAnnotation_Source();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__SCORE = eINSTANCE.getAnnotation_Score();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__MODEL_VERSION = eINSTANCE.getAnnotation_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Frame Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__FRAME_INDEX = eINSTANCE.getAnnotation_FrameIndex();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.ClassificationLabelImpl <em>Classification Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.ClassificationLabelImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getClassificationLabel()
		 * @generated
		 */
		EClass CLASSIFICATION_LABEL = eINSTANCE.getClassificationLabel();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.BoundingBoxImpl <em>Bounding Box</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.BoundingBoxImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getBoundingBox()
		 * @generated
		 */
		EClass BOUNDING_BOX = eINSTANCE.getBoundingBox();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDING_BOX__X = eINSTANCE.getBoundingBox_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDING_BOX__Y = eINSTANCE.getBoundingBox_Y();

		/**
		 * The meta object literal for the '<em><b>W</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDING_BOX__W = eINSTANCE.getBoundingBox_W();

		/**
		 * The meta object literal for the '<em><b>H</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDING_BOX__H = eINSTANCE.getBoundingBox_H();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.impl.PolygonAnnotationImpl <em>Polygon Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.impl.PolygonAnnotationImpl
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getPolygonAnnotation()
		 * @generated
		 */
		EClass POLYGON_ANNOTATION = eINSTANCE.getPolygonAnnotation();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYGON_ANNOTATION__POINTS = eINSTANCE.getPolygonAnnotation_Points();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.ProjectType <em>Project Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.ProjectType
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getProjectType()
		 * @generated
		 */
		EEnum PROJECT_TYPE = eINSTANCE.getProjectType();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.InstructionsFormat <em>Instructions Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.InstructionsFormat
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getInstructionsFormat()
		 * @generated
		 */
		EEnum INSTRUCTIONS_FORMAT = eINSTANCE.getInstructionsFormat();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.MediaType <em>Media Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.MediaType
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getMediaType()
		 * @generated
		 */
		EEnum MEDIA_TYPE = eINSTANCE.getMediaType();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.ItemStatus <em>Item Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.ItemStatus
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getItemStatus()
		 * @generated
		 */
		EEnum ITEM_STATUS = eINSTANCE.getItemStatus();

		/**
		 * The meta object literal for the '{@link org.tagbench.model.AnnotationSource <em>Annotation Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tagbench.model.AnnotationSource
		 * @see org.tagbench.model.impl.TagbenchPackageImpl#getAnnotationSource()
		 * @generated
		 */
		EEnum ANNOTATION_SOURCE = eINSTANCE.getAnnotationSource();

	}

} //TagbenchPackage
