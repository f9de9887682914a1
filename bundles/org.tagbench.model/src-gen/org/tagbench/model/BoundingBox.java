/**
 * Copyright (c) Tagbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.tagbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bounding Box</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An axis-aligned box in image pixels: top-left corner (x, y), width w and height h.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tagbench.model.BoundingBox#getX <em>X</em>}</li>
 *   <li>{@link org.tagbench.model.BoundingBox#getY <em>Y</em>}</li>
 *   <li>{@link org.tagbench.model.BoundingBox#getW <em>W</em>}</li>
 *   <li>{@link org.tagbench.model.BoundingBox#getH <em>H</em>}</li>
 * </ul>
 *
 * @see org.tagbench.model.TagbenchPackage#getBoundingBox()
 * @model
 * @generated
 */
public interface BoundingBox extends Annotation {
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.tagbench.model.TagbenchPackage#getBoundingBox_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.tagbench.model.BoundingBox#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.tagbench.model.TagbenchPackage#getBoundingBox_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.tagbench.model.BoundingBox#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>W</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>W</em>' attribute.
	 * @see #setW(double)
	 * @see org.tagbench.model.TagbenchPackage#getBoundingBox_W()
	 * @model
	 * @generated
	 */
	double getW();

	/**
	 * Sets the value of the '{@link org.tagbench.model.BoundingBox#getW <em>W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>W</em>' attribute.
	 * @see #getW()
	 * @generated
	 */
	void setW(double value);

	/**
	 * Returns the value of the '<em><b>H</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>H</em>' attribute.
	 * @see #setH(double)
	 * @see org.tagbench.model.TagbenchPackage#getBoundingBox_H()
	 * @model
	 * @generated
	 */
	double getH();

	/**
	 * Sets the value of the '{@link org.tagbench.model.BoundingBox#getH <em>H</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>H</em>' attribute.
	 * @see #getH()
	 * @generated
	 */
	void setH(double value);

} // BoundingBox
