package org.tagbench.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Finds a project item from an image name as other tools write it: a relative path ("train/cat1.jpg"), a
 * bare file name ("cat1.jpg") or an absolute path. The longest matching path suffix wins; a bare name
 * that several items share is ambiguous and matches none.
 */
public final class ItemIndex {

	private final Map<String, String> byPath = new HashMap<>();
	private final Map<String, String> byFileName = new HashMap<>();
	private final Map<String, Integer> fileNameCounts = new HashMap<>();

	private ItemIndex() {
	}

	public static ItemIndex of(ProjectStore store) throws StoreException {
		ItemIndex index = new ItemIndex();
		int page = 10_000;
		for (long offset = 0;; offset += page) {
			var items = store.items(ItemQuery.all(), offset, page);
			for (ItemSummary item : items) {
				String path = normalise(item.path());
				index.byPath.put(path, item.id());
				String name = fileName(path);
				index.byFileName.put(name, item.id());
				index.fileNameCounts.merge(name, 1, Integer::sum);
			}
			if (items.size() < page) {
				return index;
			}
		}
	}

	/** The id of the item {@code imageName} refers to. */
	public Optional<String> find(String imageName) {
		String wanted = normalise(imageName);
		for (String candidate = wanted; !candidate.isEmpty(); candidate = dropFirstSegment(candidate)) {
			String id = byPath.get(candidate);
			if (id != null) {
				return Optional.of(id);
			}
		}
		String name = fileName(wanted);
		return fileNameCounts.getOrDefault(name, 0) == 1 ? Optional.of(byFileName.get(name)) : Optional.empty();
	}

	private static String normalise(String path) {
		String slashes = path.replace('\\', '/');
		while (slashes.startsWith("./")) {
			slashes = slashes.substring(2);
		}
		return slashes.startsWith("/") ? slashes.substring(1) : slashes;
	}

	private static String dropFirstSegment(String path) {
		int slash = path.indexOf('/');
		return slash < 0 ? "" : path.substring(slash + 1);
	}

	private static String fileName(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
