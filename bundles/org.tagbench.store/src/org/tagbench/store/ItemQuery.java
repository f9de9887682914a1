package org.tagbench.store;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ItemStatus;

/**
 * Which items: by status, by a label class or author among their annotations, by annotation source
 * (e.g. items with pre-labels). Empty criteria match everything.
 */
public record ItemQuery(Set<ItemStatus> statuses, Optional<String> labelClassId, Optional<String> author,
		Optional<AnnotationSource> annotationSource) {

	public ItemQuery {
		statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
	}

	public static ItemQuery all() {
		return new ItemQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	public static ItemQuery withStatus(ItemStatus first, ItemStatus... more) {
		return all().statuses(EnumSet.of(first, more));
	}

	public ItemQuery statuses(Set<ItemStatus> newStatuses) {
		return new ItemQuery(newStatuses, labelClassId, author, annotationSource);
	}

	public ItemQuery labelClass(String classId) {
		return new ItemQuery(statuses, Optional.of(classId), author, annotationSource);
	}

	public ItemQuery author(String name) {
		return new ItemQuery(statuses, labelClassId, Optional.of(name), annotationSource);
	}

	public ItemQuery annotationSource(AnnotationSource source) {
		return new ItemQuery(statuses, labelClassId, author, Optional.of(source));
	}
}
