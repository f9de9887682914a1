package org.tagbench.ui.projects;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tagbench.imaging.ImageFormat;
import org.tagbench.imaging.MediaScanner;

/** Counts of media by format in the data folders, and the sentence the wizard shows for them. */
public final class MediaSummary {

	private final Map<ImageFormat, Integer> byFormat = new EnumMap<>(ImageFormat.class);
	private int unusable;

	/** Adds what a scan of one folder found. */
	public void add(MediaScanner.Result result) {
		result.found().forEach(found -> byFormat.merge(found.format(), 1, Integer::sum));
		unusable += result.problems().size();
	}

	public void addUnusable(int count) {
		unusable += count;
	}

	public int count(ImageFormat format) {
		return byFormat.getOrDefault(format, 0);
	}

	public int unusable() {
		return unusable;
	}

	/** All usable files, images and DICOM. */
	public int usable() {
		return byFormat.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** "1,204 images (JPEG 1,100, PNG 104), 12 DICOM, 3 files not usable". */
	public String describe() {
		NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
		List<String> parts = new ArrayList<>();
		int images = usable() - count(ImageFormat.DICOM);
		if (images > 0) {
			List<String> formats = new ArrayList<>();
			for (ImageFormat format : ImageFormat.values()) {
				if (format != ImageFormat.DICOM && count(format) > 0) {
					formats.add(format.name() + " " + numbers.format(count(format)));
				}
			}
			parts.add(numbers.format(images) + (images == 1 ? " image (" : " images (") + String.join(", ", formats) + ")");
		}
		if (count(ImageFormat.DICOM) > 0) {
			parts.add(numbers.format(count(ImageFormat.DICOM)) + " DICOM");
		}
		if (parts.isEmpty()) {
			parts.add("no images");
		}
		if (unusable > 0) {
			parts.add(numbers.format(unusable) + (unusable == 1 ? " file not usable" : " files not usable"));
		}
		return String.join(", ", parts);
	}
}
