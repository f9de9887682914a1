package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generated PS3.6 dictionary (dictionary.tsv from tools/dicom-dictionary/generate.py). */
class DicomDictionaryTest {

	@Test
	void standardTagsHaveKeywordNameAndVr() {
		assertEquals("WindowCenter", DicomDictionary.keyword(0x00281050));
		assertEquals("Window Center", DicomDictionary.name(0x00281050));
		assertEquals("DS", DicomDictionary.vr(0x00281050));
		// beyond the old hand-made table: a CT attribute, a sequence, a retired attribute
		assertEquals("KVP", DicomDictionary.keyword(0x00180060));
		assertEquals("SQ", DicomDictionary.vr(0x00540016));
		assertEquals("RadiopharmaceuticalInformationSequence", DicomDictionary.keyword(0x00540016));
		assertTrue(DicomDictionary.name(0x00280040).endsWith("(retired)"), DicomDictionary.name(0x00280040));
		assertEquals("Patient's Name", DicomDictionary.name(0x00100010));
	}

	@Test
	void ambiguousVrsTakeTheImplicitVrChoice() {
		assertEquals("OW", DicomDictionary.vr(Tag.PIXEL_DATA)); // OB or OW
		assertEquals("OW", DicomDictionary.vr(0x00283006)); // LUT Data: US or OW
		assertEquals("US", DicomDictionary.vr(0x00283002)); // LUT Descriptor: US or SS
		assertEquals("", DicomDictionary.vr(0xFFFEE000)); // Item
	}

	@Test
	void repeatingGroupsMatchEvenGroupsOnly() {
		assertEquals("OverlayData", DicomDictionary.keyword(0x60003000));
		assertEquals("OverlayData", DicomDictionary.keyword(0x601E3000));
		assertEquals("OW", DicomDictionary.vr(0x60023000));
		assertEquals("Private", DicomDictionary.keyword(0x60013000)); // odd group: private, not an overlay
	}

	@Test
	void unknownTagsStayUnknown() {
		assertEquals("Private", DicomDictionary.keyword(0x00291010));
		assertEquals("Private Tag", DicomDictionary.name(0x00291010));
		assertEquals("UN", DicomDictionary.vr(0x00291010));
		assertEquals("Unknown", DicomDictionary.keyword(0x00080002)); // an even-group tag PS3.6 does not define
		assertEquals("Unknown Tag", DicomDictionary.name(0x00080002));
		assertEquals("GroupLength", DicomDictionary.keyword(0x00080000));
		assertEquals("UL", DicomDictionary.vr(0x00080000));
		assertTrue(DicomDictionary.entry(0x00291010).isEmpty());
	}
}
