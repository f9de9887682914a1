package org.tagbench.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.tagbench.model.LabelClass;
import org.tagbench.model.TagbenchFactory;

/**
 * New label classes, made the same way wherever they come from (the wizard, an import, the command line):
 * the next palette colour, the first free key among 1–9, and an id unique in the project.
 */
public final class LabelClasses {

	/** Colours given to classes in order: distinct, and readable on photos and X-rays alike. */
	public static final List<String> PALETTE = List.of("#E6194B", "#3CB44B", "#4363D8", "#F58231", "#911EB4",
			"#42D4F4", "#F032E6", "#BFEF45", "#FABED4", "#469990", "#DCBEFF", "#9A6324", "#FFFAC8", "#800000",
			"#AAFFC3");

	private LabelClasses() {
	}

	/**
	 * A class named {@code name} to add after {@code existing} (the project's classes, plus any made but not yet
	 * added). It is not added to anything: the caller decides when.
	 */
	public static LabelClass create(Collection<? extends LabelClass> existing, String name) {
		Set<String> ids = new HashSet<>();
		Set<String> keys = new HashSet<>();
		for (LabelClass labelClass : existing) {
			ids.add(labelClass.getId());
			if (labelClass.getShortcutKey() != null) {
				keys.add(labelClass.getShortcutKey());
			}
		}
		LabelClass created = TagbenchFactory.eINSTANCE.createLabelClass();
		created.setId(uniqueId(ids, name));
		created.setName(name);
		created.setColour(PALETTE.get(existing.size() % PALETTE.size()));
		for (int key = 1; key <= 9; key++) {
			if (!keys.contains(Integer.toString(key))) {
				created.setShortcutKey(Integer.toString(key));
				break;
			}
		}
		return created;
	}

	/** {@code cls-<name as a slug>}, readable in exported files and the store; numbered when taken. */
	private static String uniqueId(Set<String> taken, String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String id = "cls-" + (slug.isEmpty() ? UUID.randomUUID().toString() : slug);
		String candidate = id;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = id + "-" + n;
		}
		return candidate;
	}
}
