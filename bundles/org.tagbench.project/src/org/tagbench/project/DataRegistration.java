package org.tagbench.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.ToLongFunction;
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
import org.tagbench.store.DataRoots;
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

	/** The folder a data source points at on this desktop (its root after this desktop's {@link DataRoots} overrides). */
	public static Path folderOf(DataSource source) {
		return DataRoots.current().folderOf(source);
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
			Optional<String> notHere = DataRoots.current().missingFolder(source);
			if (notHere.isPresent()) {
				throw new DataRoots.FolderNotHereException(notHere.get()); // names the stored root and how to map it here
			}
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
			int sourceIndex = sources.indexOf(source);
			long seed = store.project().getRandomSeed();
			added += register(store, source, folder, fresh, path -> OrderKeys.of(seed, sourceIndex, path), problems,
					sourceProgress.setWorkRemaining(fresh.size() + 1));
			source.setLastRefreshed(System.currentTimeMillis());
		}
		store.saveProject();
		return new RegistrationReport(added, missing, reappeared, List.copyOf(problems));
	}

	/**
	 * Adds a data folder to an existing project: its media files become items <em>after</em> every item the project
	 * has, in an order shuffled by the project's seed (labelers finish the items they had before meeting the new
	 * ones). The definition with the new data source is saved first, so a later {@link #refresh} keeps finding its
	 * files; files arriving in the folder later fall among the rest, like those of every data folder.
	 *
	 * @throws IOException when {@code folder} is not a folder, or the project has it already
	 */
	public static RegistrationReport addFolder(ProjectStore store, Path folder, boolean recursive, IProgressMonitor monitor)
			throws StoreException, IOException {
		Path normalized = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(normalized)) {
			throw new IOException("The data folder " + normalized + (Files.exists(normalized) ? " is not a folder" : " does not exist"));
		}
		for (DataSource existing : store.project().getDataSources()) {
			if (existing.getRootUri() != null && !existing.getRootUri().isBlank()
					&& folderOf(existing).toAbsolutePath().normalize().equals(normalized)) {
				throw new IOException("The project has the data folder " + normalized + " already (Refresh Data registers its new files)");
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Adding " + normalized + " to " + store.project().getName(), 12);
		MediaScanner.Result scan;
		try {
			scan = MediaScanner.scan(normalized, recursive, progress::isCanceled);
		} catch (CancellationException e) {
			throw new OperationCanceledException(e.getMessage());
		}
		progress.worked(2);
		DataSource source = TagbenchFactory.eINSTANCE.createDataSource();
		source.setId(UUID.randomUUID().toString());
		source.setRootUri(normalized.toUri().toString());
		source.setRecursive(recursive);
		store.project().getDataSources().add(source);
		store.saveProject();
		// shuffled among themselves by the seed, then numbered on from the last item of the project
		long seed = store.project().getRandomSeed();
		int sourceIndex = store.project().getDataSources().indexOf(source);
		List<MediaScanner.Found> files = new ArrayList<>(scan.found());
		files.sort(Comparator.comparingLong((MediaScanner.Found found) -> OrderKeys.of(seed, sourceIndex, found.relativePath()))
				.thenComparing(MediaScanner.Found::relativePath));
		long after = lastOrderKey(store);
		Map<String, Long> keys = new HashMap<>();
		for (int i = 0; i < files.size(); i++) {
			// no room after the last key (never in practice: keys are random 63-bit numbers): among the rest
			keys.put(files.get(i).relativePath(), after <= Long.MAX_VALUE - files.size() - 1 ? after + 1 + i
					: OrderKeys.of(seed, sourceIndex, files.get(i).relativePath()));
		}
		List<String> problems = new ArrayList<>();
		scan.problems().forEach(problem -> problems.add(normalized.resolve(problem.relativePath()) + ": " + problem.reason()));
		int added = register(store, source, normalized, files, keys::get, problems, progress.split(10).setWorkRemaining(files.size() + 1));
		source.setLastRefreshed(System.currentTimeMillis());
		store.saveProject();
		return new RegistrationReport(added, 0, 0, List.copyOf(problems));
	}

	/**
	 * Removes a data folder from the project: its items leave the project (the files stay where they are), then the
	 * folder leaves the definition. Refused, with nothing changed, when any of its items carries a label or a review
	 * status ({@link ProjectStore#removeItemsOfDataSource}: the check and the removal are one transaction), and for the
	 * project's only folder. The items go first: a failure before the definition is saved leaves a folder without
	 * items, which Refresh Data registers again; never items of a folder the project does not know.
	 *
	 * @return how many items left the project
	 */
	public static int removeFolder(ProjectStore store, DataSource source) throws StoreException {
		String folder = describe(source);
		if (!store.project().getDataSources().contains(source)) {
			throw new StoreException("The project has no data folder " + folder);
		}
		if (store.project().getDataSources().size() == 1) {
			throw new StoreException("The data folder " + folder + " is the project's only one: a project keeps at least one"
					+ " (add the new one first)");
		}
		int removed;
		try {
			removed = store.removeItemsOfDataSource(source.getId());
		} catch (StoreException e) {
			throw new StoreException("The data folder " + folder + " was not removed: " + e.getMessage(), e);
		}
		store.project().getDataSources().remove(source);
		store.saveProject();
		return removed;
	}

	/** The folder of {@code source} for messages, or its address when it is not a folder. */
	private static String describe(DataSource source) {
		try {
			return folderOf(source).toString();
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return String.valueOf(source.getRootUri());
		}
	}

	/** The order key of the project's last item (-1 when it has none). */
	private static long lastOrderKey(ProjectStore store) throws StoreException {
		long count = store.count(ItemQuery.all());
		return count == 0 ? -1 : store.items(ItemQuery.all(), count - 1, 1).get(0).orderKey();
	}

	private static int register(ProjectStore store, DataSource source, Path folder, List<MediaScanner.Found> files,
			ToLongFunction<String> orderKey, List<String> problems, SubMonitor progress) throws StoreException {
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
				item.setOrderKey(orderKey.applyAsLong(found.relativePath()));
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
