package org.tagbench.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;

/**
 * Where one labeling project lives: its definition, its items and their annotations.
 * <p>
 * Items are many (hundreds of thousands) and are never all held in memory: lists are read a page at a
 * time as {@link ItemSummary} rows, and an item with its annotations is read as a detached
 * {@link DataItem} when it is labeled. {@link #commit(DataItem)} is durable when it returns. The
 * embedded implementation keeps a project in a folder (org.tagbench.store.local); a shared one keeps it on
 * a database server. Callers see no difference.
 * </p>
 */
public interface ProjectStore extends AutoCloseable {

	/** The project definition: classes, data sources, instructions, settings. Edit it, then {@link #saveProject()}. */
	LabelingProject project();

	/** Writes the project definition; a crash while writing leaves the previous one intact. */
	void saveProject() throws StoreException;

	/**
	 * Registers new items (their annotations, if any, are stored too). An item whose data source and path are
	 * already registered is left alone.
	 *
	 * @return how many were added
	 */
	int addItems(Collection<DataItem> items) throws StoreException;

	/** The item with its annotations, detached from the store: changes reach the store through {@link #commit}. */
	Optional<DataItem> item(String id) throws StoreException;

	/**
	 * Replaces the stored state of {@code item} (status, time spent, annotations) with the given one, and
	 * returns only when it is on disk (or on the server): a process killed after this returns loses nothing.
	 */
	void commit(DataItem item) throws StoreException;

	/** A page of items matching {@code query}, in the project's shuffled order. */
	default List<ItemSummary> items(ItemQuery query, long offset, int limit) throws StoreException {
		return items(query, ItemOrder.PROJECT, offset, limit);
	}

	/**
	 * A page of items matching {@code query} in {@code order} (ties in the project's order), sorted by the store:
	 * rows {@code offset} to {@code offset + limit} of the whole sorted list.
	 */
	List<ItemSummary> items(ItemQuery query, ItemOrder order, long offset, int limit) throws StoreException;

	long count(ItemQuery query) throws StoreException;

	/** Items per status; statuses with no item are absent. */
	Map<ItemStatus, Long> countByStatus() throws StoreException;

	/** Whether any item has {@code mediaType}: one query that stops at the first such item. */
	boolean holdsMediaType(MediaType mediaType) throws StoreException;

	/** Annotations per label class id. */
	Map<String, Long> countAnnotationsByClass() throws StoreException;

	/**
	 * For item lists: the label classes and authors of the annotations of {@code itemIds} (a page of a list), by
	 * item id; items without annotations are absent. SQL stores answer with one query per page; the default
	 * reads each item.
	 */
	default Map<String, ItemLabels> labelsOf(Collection<String> itemIds) throws StoreException {
		Map<String, ItemLabels> labels = new HashMap<>();
		for (String id : itemIds) {
			Optional<DataItem> item = item(id);
			if (item.isPresent() && !item.get().getAnnotations().isEmpty()) {
				Set<String> classes = new LinkedHashSet<>();
				Set<String> authors = new LinkedHashSet<>();
				List<ItemLabels.Suggestion> suggestions = new ArrayList<>();
				for (Annotation annotation : item.get().getAnnotations()) {
					if (annotation.getSource() == AnnotationSource.PRELABEL) {
						suggestions.add(new ItemLabels.Suggestion(
								annotation.getLabelClass() == null ? null : annotation.getLabelClass().getId(), annotation.getScore()));
					}
					if (annotation.getLabelClass() != null) {
						classes.add(annotation.getLabelClass().getId());
					}
					if (annotation.getAuthor() != null) {
						authors.add(annotation.getAuthor());
					}
				}
				labels.put(id, new ItemLabels(List.copyOf(classes), List.copyOf(authors), suggestions));
			}
		}
		return labels;
	}

	/**
	 * Live updates across processes: a number that changes whenever a store in <em>another process</em> changes
	 * the project's items (labels, statuses, registered or missing items, review notes) — not when this process
	 * does (its stores tell their listeners, see {@link #addListener}). Cheap enough to poll every second. Empty
	 * when the store cannot tell, or delivers every change to its listeners itself (a team store).
	 */
	default OptionalLong changesByOtherProcesses() throws StoreException {
		return OptionalLong.empty();
	}

	/** Visits every item matching {@code query}, with its annotations, in order, one at a time (exports). */
	void forEachItem(ItemQuery query, ItemVisitor visitor) throws StoreException;

	/**
	 * How many items the data source {@code dataSourceId} holds, and how many of them carry work that removing them
	 * would lose: an annotation (labels, pre-labels, imports) or a status other than unlabeled or in progress (a
	 * submitted item without boxes is a label too: "nothing here").
	 */
	DataSourceItems itemsOfDataSource(String dataSourceId) throws StoreException;

	/**
	 * Removes every item of the data source {@code dataSourceId} (not the files, not the source in the definition),
	 * in one transaction, or nothing: refused with a {@link StoreException} naming how many of them carry work
	 * ({@link #itemsOfDataSource}), so that a committed label is never lost.
	 *
	 * @return how many items were removed
	 */
	int removeItemsOfDataSource(String dataSourceId) throws StoreException;

	/** Flags an item whose file has disappeared (or reappeared); its labels are kept either way. */
	void setMissing(String itemId, boolean missing) throws StoreException;

	/**
	 * Replaces the machine pre-labels ({@link AnnotationSource#PRELABEL}) of an item with {@code prelabels} (none:
	 * removes them) — only if, at the moment of writing, the item is still {@link ItemStatus#UNLABELED}, carries no
	 * annotation other than pre-labels and is leased to nobody. The check and the write are one step that no
	 * person's commit can come between, so a person's label is never overwritten: a folder store does both holding
	 * the project's {@link CommitLocks} lock, which the editors hold while they commit (its leases live in each
	 * editor's memory and are not checked); a team store does both in one server transaction holding the item's row
	 * lock, which every commit and lease takes too, on whichever desktop.
	 *
	 * @throws StoreException also when this store's user may not write pre-labels ({@link #mayWritePrelabels()})
	 */
	default PrelabelWrite replacePrelabels(String itemId, List<Annotation> prelabels) throws StoreException {
		ReentrantLock lock = CommitLocks.of(this);
		lock.lock();
		try {
			Optional<DataItem> found = item(itemId);
			if (found.isEmpty()) {
				return PrelabelWrite.MISSING;
			}
			DataItem item = found.get();
			if (item.getStatus() != ItemStatus.UNLABELED
					|| item.getAnnotations().stream().anyMatch(a -> a.getSource() != AnnotationSource.PRELABEL)) {
				return PrelabelWrite.HUMAN_WORK;
			}
			if (item.getAnnotations().isEmpty() && prelabels.isEmpty()) {
				return PrelabelWrite.UNCHANGED;
			}
			item.getAnnotations().clear(); // only pre-labels are left here (checked above)
			item.getAnnotations().addAll(prelabels);
			commit(item);
			return prelabels.isEmpty() ? PrelabelWrite.CLEARED : PrelabelWrite.WRITTEN;
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Whether this store's user may write the assist's pre-labels (and so train the assist for the project): always
	 * for a folder; on a team project only its admins, whose connections may write labels on items of others.
	 */
	default boolean mayWritePrelabels() throws StoreException {
		return true;
	}

	/**
	 * Whether this store's user may put the work queue in another order ({@link #reorderQueue}): on a team project
	 * its admins. A folder store says no: its classification editor clusters its own pages from the assist's
	 * features as it goes, so the project's order stays as it is.
	 */
	default boolean mayReorderQueue() throws StoreException {
		return false;
	}

	/**
	 * Puts {@code itemIds} in this order in the work queue (the assist's clustered order, so that a page leased in
	 * order holds similar images), by permuting the order keys of those of them that are unlabeled, leased to nobody
	 * and committed by nobody among the order-key places they occupy already: every other item keeps its place, and
	 * the reordered ones fill the same places in the given order. Items leased or committed meanwhile, or held by a
	 * lease or commit under way, are left where they are. A team store does it in one server transaction. The
	 * default (a folder store, see {@link #mayReorderQueue()}) changes nothing.
	 *
	 * @return how many of the items were put in the given order (the others were skipped)
	 * @throws StoreException also when this store's user may not reorder the queue
	 */
	default int reorderQueue(List<String> itemIds) throws StoreException {
		return 0;
	}

	/** Checks the store's integrity and consistency with the definition; never changes anything. */
	VerifyReport verify() throws StoreException;

	/**
	 * The labeling queue of this store's labeler (leases, idempotent commits; see {@link TaskQueue}). Added
	 * for team mode; a store that keeps no leases gets a {@link SingleUserQueue} of the system user.
	 */
	default TaskQueue queue() {
		return new SingleUserQueue(this, System.getProperty("user.name", "labeler"));
	}

	/**
	 * Adds a rejection to the item's review history (kept whatever happens to the item later; removed only with
	 * the item). The default store keeps no history.
	 */
	default void addReviewNote(String itemId, ReviewNote note) throws StoreException {
		throw new StoreException(location() + " keeps no review history");
	}

	/** The item's review history, oldest first (empty when it was never rejected). */
	default List<ReviewNote> reviewNotes(String itemId) throws StoreException {
		return List.of();
	}

	/**
	 * A labeling session's reservations (see {@link Reservations}): {@code labeler} is shown to others, a
	 * reservation runs out {@code timeout} after it was last renewed. A folder store keeps them in the project's
	 * database, so that editors in other processes see them; the default keeps them in memory.
	 */
	default Reservations reservations(String labeler, java.time.Duration timeout) throws StoreException {
		return Reservations.unshared(labeler);
	}

	/**
	 * Tells {@code listener} about changes to the project's items made through any store open on the same
	 * project (live updates: dashboards and editors see other labelers' progress without reloading). A folder
	 * store delivers the commits of the other stores on that folder in this process; a team store those of every
	 * connection (its own included), as the server announces them. Closing the result stops the deliveries.
	 */
	default Subscription addListener(StoreListener listener) {
		return () -> {
		};
	}

	/**
	 * Whether this store's listeners also hear of the changes made through this very store (a team store: the server
	 * announces every connection's writes, its own included). A folder store tells only the other stores open on the
	 * project. A part that refreshes itself after its own change uses this to ignore the echo.
	 */
	default boolean announcesOwnChanges() {
		return false;
	}

	/**
	 * Whether changes committed from now on reach this store's listeners: a team store once its server connection
	 * for live updates listens (opened with the first listener); a folder store always.
	 */
	default boolean isListening() {
		return true;
	}

	/** Where the project is, for messages: a folder, or a server and project name. */
	String location();

	@Override
	void close() throws StoreException;

	/** Receives items one at a time from {@link ProjectStore#forEachItem}. */
	@FunctionalInterface
	interface ItemVisitor {
		void visit(DataItem item) throws Exception;
	}

	/** How many labelers label each item (consensus, team mode); 1 for a store without consensus. */
	default int labelersPerItem() throws StoreException {
		return 1;
	}

	/**
	 * Consensus review: for those of {@code itemIds} committed through the queue by at least one labeler, who
	 * committed them and whether they agree, by item id. Empty for a store without consensus.
	 */
	default Map<String, ItemAgreement> agreement(Collection<String> itemIds) throws StoreException {
		return Map.of();
	}
}
