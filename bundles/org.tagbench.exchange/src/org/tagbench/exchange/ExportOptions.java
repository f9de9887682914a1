package org.tagbench.exchange;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.tagbench.model.ItemStatus;

/**
 * What an export includes.
 *
 * @param statuses           items in these statuses are exported (default: labeled and accepted)
 * @param includePrelabels   whether model pre-labels not yet reviewed (source PRELABEL) are exported too
 * @param validationFraction share of exported items put in the validation split, 0 for none
 * @param splitSeed          seed of the train/validation split, so that the same split comes out again
 * @param deidentify         DICOM items are exported under the pseudonym {@code dicom/<item id>.dcm} instead of
 *                           their path (folder and file names often hold patient names or ids); without it only
 *                           paths that contain the file's Patient's Name or Patient ID are replaced
 */
public record ExportOptions(Set<ItemStatus> statuses, boolean includePrelabels, double validationFraction,
		long splitSeed, boolean deidentify) {

	public ExportOptions(Set<ItemStatus> statuses, boolean includePrelabels, double validationFraction, long splitSeed) {
		this(statuses, includePrelabels, validationFraction, splitSeed, false);
	}

	public ExportOptions {
		if (validationFraction < 0 || validationFraction >= 1) {
			throw new IllegalArgumentException("the validation fraction must be in [0, 1), not " + validationFraction);
		}
		statuses = Set.copyOf(statuses);
	}

	/**
	 * The split rule, the same for every format: an item is in the validation split when a 64-bit hash of the
	 * seed and its id (FNV-1a over the id's UTF-8 bytes, started from the seed, then the SplitMix64 finaliser),
	 * read as a number in [0, 1), is below the fraction. An item's side depends only on its id and the seed: it
	 * is the same in every export and every format, and does not change when other items are added or removed.
	 */
	public boolean isValidation(String itemId) {
		if (validationFraction <= 0) {
			return false;
		}
		long hash = splitSeed ^ 0xcbf29ce484222325L;
		for (byte b : itemId.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xff;
			hash *= 0x100000001b3L;
		}
		hash += 0x9e3779b97f4a7c15L;
		hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
		hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
		hash = hash ^ (hash >>> 31);
		return (hash >>> 11) * 0x1.0p-53 < validationFraction;
	}

	public static ExportOptions defaults() {
		return new ExportOptions(EnumSet.of(ItemStatus.LABELED, ItemStatus.ACCEPTED), false, 0, 42);
	}

	public ExportOptions withStatuses(Set<ItemStatus> newStatuses) {
		return new ExportOptions(newStatuses, includePrelabels, validationFraction, splitSeed, deidentify);
	}

	public ExportOptions withPrelabels(boolean include) {
		return new ExportOptions(statuses, include, validationFraction, splitSeed, deidentify);
	}

	public ExportOptions withSplit(double fraction, long seed) {
		return new ExportOptions(statuses, includePrelabels, fraction, seed, deidentify);
	}

	public ExportOptions withDeidentified(boolean newDeidentify) {
		return new ExportOptions(statuses, includePrelabels, validationFraction, splitSeed, newDeidentify);
	}
}
