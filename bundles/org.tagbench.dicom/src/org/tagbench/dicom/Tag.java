package org.tagbench.dicom;

import java.util.Locale;

/** Tags Tagbench uses, as {@code group << 16 | element} (PS3.6 Data Dictionary). */
public final class Tag {

	public static final int FILE_META_GROUP_LENGTH = 0x00020000;
	public static final int MEDIA_STORAGE_SOP_CLASS_UID = 0x00020002;
	public static final int TRANSFER_SYNTAX_UID = 0x00020010;
	public static final int SPECIFIC_CHARACTER_SET = 0x00080005;
	public static final int SOP_CLASS_UID = 0x00080016;
	public static final int SOP_INSTANCE_UID = 0x00080018;
	public static final int MODALITY = 0x00080060;
	public static final int STUDY_DESCRIPTION = 0x00081030;
	public static final int SERIES_DESCRIPTION = 0x0008103E;
	public static final int PATIENT_NAME = 0x00100010;
	public static final int PATIENT_ID = 0x00100020;
	public static final int SAMPLES_PER_PIXEL = 0x00280002;
	public static final int PHOTOMETRIC_INTERPRETATION = 0x00280004;
	public static final int PLANAR_CONFIGURATION = 0x00280006;
	public static final int NUMBER_OF_FRAMES = 0x00280008;
	public static final int ROWS = 0x00280010;
	public static final int COLUMNS = 0x00280011;
	public static final int PIXEL_SPACING = 0x00280030;
	public static final int BITS_ALLOCATED = 0x00280100;
	public static final int BITS_STORED = 0x00280101;
	public static final int HIGH_BIT = 0x00280102;
	public static final int PIXEL_REPRESENTATION = 0x00280103;
	public static final int WINDOW_CENTER = 0x00281050;
	public static final int WINDOW_WIDTH = 0x00281051;
	public static final int RESCALE_INTERCEPT = 0x00281052;
	public static final int RESCALE_SLOPE = 0x00281053;
	public static final int VOI_LUT_FUNCTION = 0x00281056;
	/** Red, green, blue palette descriptor: + 0, 1, 2; data (0028,1201–1203); segmented data (0028,1221–1223). */
	public static final int RED_PALETTE_DESCRIPTOR = 0x00281101;
	public static final int RED_PALETTE_DATA = 0x00281201;
	public static final int SEGMENTED_RED_PALETTE_DATA = 0x00281221;
	public static final int MODALITY_LUT_SEQUENCE = 0x00283000;
	public static final int LUT_DESCRIPTOR = 0x00283002;
	public static final int LUT_DATA = 0x00283006;
	public static final int VOI_LUT_SEQUENCE = 0x00283010;
	public static final int PRESENTATION_LUT_SHAPE = 0x20500020;
	public static final int PIXEL_DATA = 0x7FE00010;
	public static final int ITEM = 0xFFFEE000;
	public static final int ITEM_DELIMITATION = 0xFFFEE00D;
	public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

	private Tag() {
	}

	/** {@code (gggg,eeee)} in upper-case hexadecimal. */
	public static String toString(int tag) {
		return String.format(Locale.ROOT, "(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
	}
}
