package org.tagbench.exchange;

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
 */
public record ExportOptions(Set<ItemStatus> statuses, boolean includePrelabels, double validationFraction,
		long splitSeed) {

	public ExportOptions {
		if (validationFraction < 0 || validationFraction >= 1) {
			throw new IllegalArgumentException("the validation fraction must be in [0, 1), not " + validationFraction);
		}
		statuses = Set.copyOf(statuses);
	}

	public static ExportOptions defaults() {
		return new ExportOptions(EnumSet.of(ItemStatus.LABELED, ItemStatus.ACCEPTED), false, 0, 42);
	}

	public ExportOptions withStatuses(Set<ItemStatus> newStatuses) {
		return new ExportOptions(newStatuses, includePrelabels, validationFraction, splitSeed);
	}

	public ExportOptions withPrelabels(boolean include) {
		return new ExportOptions(statuses, include, validationFraction, splitSeed);
	}

	public ExportOptions withSplit(double fraction, long seed) {
		return new ExportOptions(statuses, includePrelabels, fraction, seed);
	}
}
