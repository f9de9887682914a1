/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Polygon Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A closed polygon in image pixels. Its vertices are a flat list of coordinates x0, y0, x1, y1, ... (compact: no object per vertex). Valid polygons have at least three points, i.e. an even number of at least six coordinates (constraint atLeastThreePoints).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.PolygonAnnotation#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.tagbench.model.TagbenchPackage#getPolygonAnnotation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='atLeastThreePoints'"
 * @generated
 */
public interface PolygonAnnotation extends Annotation {
	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vertex coordinates x0, y0, x1, y1, ... in image pixels (not unique: vertices may share a coordinate).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute list.
	 * @see org.tagbench.model.TagbenchPackage#getPolygonAnnotation_Points()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getPoints();

} // PolygonAnnotation
