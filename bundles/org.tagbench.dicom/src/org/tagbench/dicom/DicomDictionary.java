package org.tagbench.dicom;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The small part of the PS3.6 data dictionary Tagbench needs: value representation (for implicit VR
 * transfer syntaxes) and keyword (for tag dumps). Typed from the standard's tables.
 */
public final class DicomDictionary {

	/** One dictionary row. */
	public record Entry(int tag, String vr, String keyword) {
	}

	private static final Map<Integer, Entry> ENTRIES = new HashMap<>();

	static {
		add(0x00020000, "UL", "FileMetaInformationGroupLength");
		add(0x00020001, "OB", "FileMetaInformationVersion");
		add(0x00020002, "UI", "MediaStorageSOPClassUID");
		add(0x00020003, "UI", "MediaStorageSOPInstanceUID");
		add(0x00020010, "UI", "TransferSyntaxUID");
		add(0x00020012, "UI", "ImplementationClassUID");
		add(0x00020013, "SH", "ImplementationVersionName");
		add(0x00020016, "AE", "SourceApplicationEntityTitle");
		add(0x00080005, "CS", "SpecificCharacterSet");
		add(0x00080008, "CS", "ImageType");
		add(0x00080016, "UI", "SOPClassUID");
		add(0x00080018, "UI", "SOPInstanceUID");
		add(0x00080020, "DA", "StudyDate");
		add(0x00080030, "TM", "StudyTime");
		add(0x00080050, "SH", "AccessionNumber");
		add(0x00080060, "CS", "Modality");
		add(0x00080070, "LO", "Manufacturer");
		add(0x00081030, "LO", "StudyDescription");
		add(0x0008103E, "LO", "SeriesDescription");
		add(0x00081140, "SQ", "ReferencedImageSequence");
		add(0x00081150, "UI", "ReferencedSOPClassUID");
		add(0x00081155, "UI", "ReferencedSOPInstanceUID");
		add(0x00100010, "PN", "PatientName");
		add(0x00100020, "LO", "PatientID");
		add(0x00100030, "DA", "PatientBirthDate");
		add(0x00100040, "CS", "PatientSex");
		add(0x00180050, "DS", "SliceThickness");
		add(0x00200010, "SH", "StudyID");
		add(0x0020000D, "UI", "StudyInstanceUID");
		add(0x0020000E, "UI", "SeriesInstanceUID");
		add(0x00200011, "IS", "SeriesNumber");
		add(0x00200013, "IS", "InstanceNumber");
		add(0x00280002, "US", "SamplesPerPixel");
		add(0x00280004, "CS", "PhotometricInterpretation");
		add(0x00280006, "US", "PlanarConfiguration");
		add(0x00280008, "IS", "NumberOfFrames");
		add(0x00280010, "US", "Rows");
		add(0x00280011, "US", "Columns");
		add(0x00280030, "DS", "PixelSpacing");
		add(0x00280100, "US", "BitsAllocated");
		add(0x00280101, "US", "BitsStored");
		add(0x00280102, "US", "HighBit");
		add(0x00280103, "US", "PixelRepresentation");
		add(0x00281050, "DS", "WindowCenter");
		add(0x00281051, "DS", "WindowWidth");
		add(0x00281052, "DS", "RescaleIntercept");
		add(0x00281053, "DS", "RescaleSlope");
		add(0x00281054, "LO", "RescaleType");
		add(0x00281055, "LO", "WindowCenterWidthExplanation");
		add(0x00281056, "CS", "VOILUTFunction");
		add(0x00281101, "US", "RedPaletteColorLookupTableDescriptor");
		add(0x00281102, "US", "GreenPaletteColorLookupTableDescriptor");
		add(0x00281103, "US", "BluePaletteColorLookupTableDescriptor");
		add(0x00281201, "OW", "RedPaletteColorLookupTableData");
		add(0x00281202, "OW", "GreenPaletteColorLookupTableData");
		add(0x00281203, "OW", "BluePaletteColorLookupTableData");
		add(0x00281221, "OW", "SegmentedRedPaletteColorLookupTableData");
		add(0x00281222, "OW", "SegmentedGreenPaletteColorLookupTableData");
		add(0x00281223, "OW", "SegmentedBluePaletteColorLookupTableData");
		add(0x00282110, "CS", "LossyImageCompression");
		add(0x00283000, "SQ", "ModalityLUTSequence");
		add(0x00283002, "US", "LUTDescriptor");
		add(0x00283003, "LO", "LUTExplanation");
		add(0x00283004, "LO", "ModalityLUTType");
		add(0x00283006, "US", "LUTData");
		add(0x00283010, "SQ", "VOILUTSequence");
		add(0x00400275, "SQ", "RequestAttributesSequence");
		add(0x20500020, "CS", "PresentationLUTShape");
		add(0x7FE00010, "OW", "PixelData");
		add(0xFFFEE000, "", "Item");
		add(0xFFFEE00D, "", "ItemDelimitationItem");
		add(0xFFFEE0DD, "", "SequenceDelimitationItem");
	}

	private DicomDictionary() {
	}

	private static void add(int tag, String vr, String keyword) {
		ENTRIES.put(tag, new Entry(tag, vr, keyword));
	}

	public static Optional<Entry> entry(int tag) {
		return Optional.ofNullable(ENTRIES.get(tag));
	}

	/**
	 * The VR of {@code tag} for implicit VR syntaxes: the dictionary's, UL for group lengths, else UN.
	 */
	public static String vr(int tag) {
		Entry entry = ENTRIES.get(tag);
		if (entry != null) {
			return entry.vr();
		}
		return (tag & 0xFFFF) == 0 ? "UL" : "UN";
	}

	/** The keyword, or "Private" / "Unknown" for tags outside this dictionary. */
	public static String keyword(int tag) {
		Entry entry = ENTRIES.get(tag);
		if (entry != null) {
			return entry.keyword();
		}
		if ((tag & 0xFFFF) == 0) {
			return "GroupLength";
		}
		return (tag >>> 16 & 1) == 1 ? "Private" : "Unknown";
	}
}
