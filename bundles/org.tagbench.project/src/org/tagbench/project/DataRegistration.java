package org.tagbench.project;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.imaging.ImageFormat;
import org.tagbench.imaging.ImageInfo;
import org.tagbench.imaging.ImageProbe;
import org.tagbench.imaging.MediaException;
import org.tagbench.imaging.MediaScanner;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Keeps a project's items in step with its data folders: registers new media files (header only, never
 * pixels), flags items whose file has gone and unflags those that came back. Labels are never dropped.
 */
public final class DataRegistration {

	private static final int BATCH = 2_000;

	private DataRegistration() {
	}

	/** The folder a data source points at. */
	public static Path folderOf(DataSource source) {
		return Path.of(URI.create(source.getRootUri()));
	}

	/** Registers new files, flags missing ones, for every data source of the project. */
	public static RegistrationReport refresh(ProjectStore store, IProgressMonitor monitor) throws StoreException, IOException {
		List<DataSource> sources = store.project().getDataSources();
		SubMonitor progress = SubMonitor.convert(monitor, "Refreshing data of " + store.project().getName(), sources.size() * 10 + 1);
		Map<String, Map<String, ItemSummary>> known = knownItems(store);
		progress.worked(1);
		int added = 0;
		int missing = 0;
		int reappeared = 0;
		List<String> problems = new ArrayList<>();
		for (DataSource source : sources) {
			Path folder = folderOf(source);
			SubMonitor sourceProgress = progress.split(10);
			MediaScanner.Result scan;
			try {
				scan = MediaScanner.scan(folder, source.isRecursive(), sourceProgress::isCanceled);
			} catch (CancellationException e) {
				throw new OperationCanceledException(e.getMessage());
			}
			scan.problems().forEach(problem -> problems.add(folder.resolve(problem.relativePath()) + ": " + problem.reason()));
			Map<String, ItemSummary> knownHere = known.getOrDefault(source.getId(), Map.of());
			Set<String> present = scan.found().stream().map(MediaScanner.Found::relativePath).collect(Collectors.toSet());
			for (ItemSummary item : knownHere.values()) {
				boolean gone = !present.contains(item.path());
				if (gone != item.missing()) {
					store.setMissing(item.id(), gone);
					if (gone) {
						missing++;
					} else {
						reappeared++;
					}
				}
			}
			List<MediaScanner.Found> fresh = scan.found().stream().filter(found -> !knownHere.containsKey(found.relativePath())).toList();
			added += register(store, source, folder, fresh, problems, sourceProgress.setWorkRemaining(fresh.size() + 1));
			source.setLastRefreshed(System.currentTimeMillis());
		}
		store.saveProject();
		return new RegistrationReport(added, missing, reappeared, List.copyOf(problems));
	}

	private static int register(ProjectStore store, DataSource source, Path folder, List<MediaScanner.Found> files,
			List<String> problems, SubMonitor progress) throws StoreException {
		long seed = store.project().getRandomSeed();
		List<DataItem> batch = new ArrayList<>(BATCH);
		int added = 0;
		for (MediaScanner.Found found : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			Path file = folder.resolve(found.relativePath());
			try {
				ImageInfo info = ImageProbe.probe(file);
				DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
				item.setId(UUID.randomUUID().toString());
				item.setDataSource(source);
				item.setPath(found.relativePath());
				item.setMediaType(info.format() == ImageFormat.DICOM ? MediaType.DICOM : MediaType.IMAGE);
				item.setWidth(info.width());
				item.setHeight(info.height());
				item.setFrameCount(Math.max(1, info.frameCount()));
				item.setContentHash(ContentHash.of(file));
				item.setOrderKey(OrderKeys.of(seed, store.project().getDataSources().indexOf(source), found.relativePath()));
				item.setStatus(ItemStatus.UNLABELED);
				batch.add(item);
			} catch (MediaException e) {
				problems.add(e.getMessage());
			} catch (IOException e) {
				problems.add(file + ": cannot be read: " + e.getMessage());
			}
			if (batch.size() == BATCH) {
				added += store.addItems(batch);
				batch.clear();
			}
			progress.worked(1);
		}
		added += store.addItems(batch);
		return added;
	}

	private static Map<String, Map<String, ItemSummary>> knownItems(ProjectStore store) throws StoreException {
		Map<String, Map<String, ItemSummary>> known = new HashMap<>();
		int page = 20_000;
		for (long offset = 0;; offset += page) {
			List<ItemSummary> rows = store.items(ItemQuery.all(), offset, page);
			for (ItemSummary row : rows) {
				known.computeIfAbsent(row.dataSourceId(), id -> new HashMap<>()).put(row.path(), row);
			}
			if (rows.size() < page) {
				return known;
			}
		}
	}
}
