package org.tagbench.exchange.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomReaders;
import org.tagbench.dicom.Tag;
import org.tagbench.imaging.MediaException;
import org.tagbench.model.DataItem;
import org.tagbench.model.MediaType;

/**
 * Keeps patient names and ids out of exports. Exports hold no DICOM attributes, only an item's path (and names
 * derived from it: VOC/YOLO label files), and DICOM folders and files are often named after the patient. A
 * DICOM item's path is replaced by {@code dicom/<item id>.dcm} (the id is a random UUID) when the export is
 * de-identified, or when it contains the file's Patient's Name (a name part of two or more letters) or
 * Patient ID (three or more characters), or when the file's header cannot be read (no way to check).
 */
public final class PatientNames {

	private PatientNames() {
	}

	/** Replaces {@code item}'s path (on the detached item being exported) when needed; tells {@code counter} why. */
	public static void protect(DataItem item, boolean deidentify, Consumer<String> counter) {
		if (item.getMediaType() != MediaType.DICOM || item.getPath() == null) {
			return;
		}
		String why = deidentify ? "de-identified export" : null;
		if (why == null) {
			try {
				DicomFile header = DicomReaders.standard().readHeader(ExportRun.imagePath(item));
				if (contains(item.getPath(), identifiers(header))) {
					why = "the path held the patient's name or id";
				}
			} catch (MediaException e) {
				why = "the DICOM header could not be checked";
			}
		}
		if (why != null) {
			item.setPath("dicom/" + item.getId() + ".dcm");
			counter.accept(why);
		}
	}

	/** The name parts (split at ^ and =, at least 2 letters) of Patient's Name and the Patient ID (at least 3). */
	static List<String> identifiers(DicomFile header) {
		List<String> identifiers = new ArrayList<>();
		String name = header.string(Tag.PATIENT_NAME);
		if (name != null) {
			for (String part : name.split("[\\^=]")) {
				String trimmed = part.strip();
				if (trimmed.codePoints().filter(Character::isLetter).count() >= 2) {
					identifiers.add(trimmed);
				}
			}
		}
		String id = header.string(Tag.PATIENT_ID);
		if (id != null && id.strip().length() >= 3) {
			identifiers.add(id.strip());
		}
		return identifiers;
	}

	/** Whether {@code path} holds one of {@code identifiers}, ignoring case and separators such as _ - . and spaces. */
	static boolean contains(String path, List<String> identifiers) {
		String flat = flatten(path);
		for (String identifier : identifiers) {
			String part = flatten(identifier);
			if (!part.isEmpty() && flat.contains(part)) {
				return true;
			}
		}
		return false;
	}

	private static String flatten(String text) {
		StringBuilder out = new StringBuilder();
		text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString();
	}
}
