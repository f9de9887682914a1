package org.tagbench.core;

/** Texts that must be shown to users in several places, kept in one place so they never drift apart. */
public final class Notices {

	/** Shown in About and whenever a project with DICOM data is opened. */
	public static final String NOT_A_MEDICAL_DEVICE = "Tagbench is not a medical device and is not for diagnosis. "
			+ "Images shown here, DICOM included, must not be used for clinical decisions.";

	public static final String PRODUCT_NAME = "Tagbench";

	private Notices() {
	}
}
