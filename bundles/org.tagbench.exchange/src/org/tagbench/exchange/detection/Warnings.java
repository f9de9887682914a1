package org.tagbench.exchange.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects export warnings of the same kind into one line each: what, how many, and the first case. */
public final class Warnings {

	private final Map<String, long[]> counts = new LinkedHashMap<>();
	private final Map<String, String> firsts = new LinkedHashMap<>();

	/** @param what the kind of warning, e.g. "boxes with no area were left out"; {@code where} the first case */
	public void add(String what, String where) {
		counts.computeIfAbsent(what, k -> new long[1])[0]++;
		firsts.putIfAbsent(what, where);
	}

	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		counts.forEach((what, count) -> lines.add(what + ": " + count[0] + " (first: " + firsts.get(what) + ")"));
		return List.copyOf(lines);
	}

	/** How an item is named in warnings. */
	public static String item(org.tagbench.model.DataItem item) {
		return "item " + item.getId() + " (" + item.getPath() + ")";
	}
}
