package org.tagbench.store;

import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;

/** One row of an item list: what lists, queues and dashboards need, without the annotations. */
public record ItemSummary(String id, String dataSourceId, String path, MediaType mediaType, int width, int height,
		long orderKey, ItemStatus status, int annotationCount, boolean missing) {
}
