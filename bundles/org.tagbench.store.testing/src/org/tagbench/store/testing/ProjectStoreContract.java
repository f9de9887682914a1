package org.tagbench.store.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.Lease;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.TaskQueue;
import org.tagbench.store.TaskQueue.CommitOutcome;
import org.tagbench.store.VerifyReport;

/**
 * What every {@link ProjectStore} implementation does, whatever it keeps its data in. Each implementation's
 * test fragment extends this class and says how to create and reopen a project.
 */
public abstract class ProjectStoreContract {

	/** Creates a new, empty project in a fresh place. */
	protected abstract ProjectStore create(LabelingProject project) throws Exception;

	/** Opens the project created last again, as a new session would. */
	protected abstract ProjectStore reopen() throws Exception;

	@Test
	void createdProjectReopensWithDefinitionAndItems() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		try (ProjectStore store = create(project)) {
			assertEquals(25, store.addItems(TestProjects.items(project, 25)));
			assertEquals(0, store.addItems(TestProjects.items(project, 25)), "known paths are not added twice");
		}
		try (ProjectStore store = reopen()) {
			assertEquals("Test project", store.project().getName());
			assertEquals(List.of("cat", "dog"), store.project().getLabelClasses().stream().map(LabelClass::getName).toList());
			assertEquals(25, store.count(ItemQuery.all()));
			assertEquals(Map.of(ItemStatus.UNLABELED, 25L), store.countByStatus());
		}
	}

	@Test
	void tellsWhetherItHoldsItemsOfAMediaType() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 5));
			assertTrue(store.holdsMediaType(MediaType.IMAGE));
			assertFalse(store.holdsMediaType(MediaType.DICOM));
			DataItem scan = TestProjects.items(project, 6).get(5);
			scan.setMediaType(MediaType.DICOM);
			assertEquals(1, store.addItems(List.of(scan)));
			assertTrue(store.holdsMediaType(MediaType.DICOM));
		}
	}

	@Test
	void commitStoresEveryAnnotationKindAndReplacesThePreviousState() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.POLYGON, "cat", "dog");
		LabelClass cat = project.getLabelClasses().get(0);
		LabelClass dog = project.getLabelClasses().get(1);
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 3));
			DataItem item = store.item("item-0000001").orElseThrow();
			item.getAnnotations().add(TestProjects.box(cat, 10.5, 20.25, 30, 40));
			PolygonAnnotation polygon = TestProjects.FACTORY.createPolygonAnnotation();
			polygon.setLabelClass(dog);
			polygon.getPoints().addAll(List.of(1.0, 1.0, 5.0, 1.0, 5.0, 5.0, 1.0, 1.0));
			polygon.setSource(AnnotationSource.PRELABEL);
			polygon.setScore(0.875);
			polygon.setModelVersion("m3");
			polygon.setFrameIndex(2);
			item.getAnnotations().add(polygon);
			ClassificationLabel label = TestProjects.FACTORY.createClassificationLabel();
			label.setLabelClass(dog);
			item.getAnnotations().add(label);
			item.setStatus(ItemStatus.LABELED);
			item.setTimeSpentMillis(4_200);
			store.commit(item);

			DataItem read = store.item("item-0000001").orElseThrow();
			assertEquals(ItemStatus.LABELED, read.getStatus());
			assertEquals(4_200, read.getTimeSpentMillis());
			assertEquals(3, read.getAnnotations().size());
			BoundingBox box = (BoundingBox) read.getAnnotations().get(0);
			assertEquals(List.of(10.5, 20.25, 30.0, 40.0), List.of(box.getX(), box.getY(), box.getW(), box.getH()));
			assertEquals(store.project().getLabelClasses().get(0), box.getLabelClass(),
					"the class resolves to the project's object");
			PolygonAnnotation readPolygon = (PolygonAnnotation) read.getAnnotations().get(1);
			assertEquals(List.of(1.0, 1.0, 5.0, 1.0, 5.0, 5.0, 1.0, 1.0), readPolygon.getPoints(), "repeated points survive");
			assertEquals(0.875, readPolygon.getScore());
			assertEquals("m3", readPolygon.getModelVersion());
			assertEquals(2, readPolygon.getFrameIndex());
			assertEquals(AnnotationSource.PRELABEL, readPolygon.getSource());
			assertTrue(read.getAnnotations().get(2) instanceof ClassificationLabel);
			assertEquals(store.project().getDataSources().get(0), read.getDataSource());

			read.getAnnotations().remove(0);
			store.commit(read);
			assertEquals(2, store.item("item-0000001").orElseThrow().getAnnotations().size(), "commit replaces, never appends");
		}
	}

	@Test
	void listsPagesInShuffledOrderAndFiltersByStatusClassAuthorAndSource() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		LabelClass dog = project.getLabelClasses().get(1);
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 100));
			List<ItemSummary> all = new ArrayList<>();
			for (int offset = 0; offset < 100; offset += 30) {
				all.addAll(store.items(ItemQuery.all(), offset, 30));
			}
			assertEquals(100, all.size());
			for (int i = 1; i < all.size(); i++) {
				assertTrue(all.get(i - 1).orderKey() < all.get(i).orderKey(), "pages follow the order key");
			}
			DataItem item = store.item(all.get(5).id()).orElseThrow();
			BoundingBox box = TestProjects.box(dog, 1, 2, 3, 4);
			box.setAuthor("ada");
			box.setSource(AnnotationSource.PRELABEL);
			item.getAnnotations().add(box);
			item.setStatus(ItemStatus.NEEDS_REVIEW);
			store.commit(item);

			List<ItemSummary> review = store.items(ItemQuery.withStatus(ItemStatus.NEEDS_REVIEW), 0, 10);
			assertEquals(List.of(item.getId()), review.stream().map(ItemSummary::id).toList());
			assertEquals(1, review.get(0).annotationCount());
			assertEquals(1, store.count(ItemQuery.all().labelClass(dog.getId())));
			assertEquals(1, store.count(ItemQuery.all().author("ada")));
			assertEquals(0, store.count(ItemQuery.all().author("bob")));
			assertEquals(1, store.count(ItemQuery.all().annotationSource(AnnotationSource.PRELABEL)));
			assertEquals(99, store.count(ItemQuery.withStatus(ItemStatus.UNLABELED)));
			assertEquals(Map.of(dog.getId(), 1L), store.countAnnotationsByClass());
		}
	}

	@Test
	void sortsByPathAndPixelsBothWaysWithTheProjectOrderBreakingTiesPageByPage() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (ProjectStore store = create(project)) {
			List<DataItem> items = TestProjects.items(project, 90);
			for (int i = 0; i < items.size(); i++) {
				DataItem item = items.get(i);
				// paths compared by code point: upper case before lower case, 'é' after 'z', whatever the locale
				String[] names = { "Zebra", "apple", "\u00e9clair", "zoo", "Apple" };
				item.setPath(names[i % names.length] + "/" + String.format("%03d", (i * 37) % 90) + ".jpg");
				// sizes with ties (several items of each size) and one overflowing 32 bits
				item.setWidth(i == 7 ? 70_000 : 100 + i % 6 * 10);
				item.setHeight(i == 7 ? 70_000 : 200 - i % 6 * 20);
			}
			store.addItems(items);
			Comparator<ItemSummary> projectOrder = Comparator.comparingLong(ItemSummary::orderKey);
			Comparator<ItemSummary> byPath = Comparator.comparing((ItemSummary row) -> row.path().codePoints().toArray(),
					Arrays::compare).thenComparing(projectOrder);
			Comparator<ItemSummary> byPixels = Comparator.comparingLong((ItemSummary row) -> (long) row.width() * row.height())
					.thenComparing(projectOrder);
			List<ItemSummary> inProjectOrder = pages(store, ItemQuery.all(), ItemOrder.PROJECT, 90);
			assertEquals(90, inProjectOrder.size());
			for (var key : Map.of(ItemOrder.Key.PATH, byPath, ItemOrder.Key.PIXELS, byPixels,
					ItemOrder.Key.PROJECT, projectOrder).entrySet()) {
				List<ItemSummary> expected = inProjectOrder.stream().sorted(key.getValue()).toList();
				List<String> ascending = ids(pages(store, ItemQuery.all(), ItemOrder.ascending(key.getKey()), 90));
				assertEquals(ids(expected), ascending, key.getKey() + " ascending");
				List<String> reversed = new ArrayList<>(ids(expected));
				Collections.reverse(reversed);
				assertEquals(reversed, ids(pages(store, ItemQuery.all(), ItemOrder.descending(key.getKey()), 90)),
						key.getKey() + " descending is the ascending list reversed");
			}
			assertEquals("item-0000007", store.items(ItemQuery.all(), ItemOrder.descending(ItemOrder.Key.PIXELS), 0, 1)
					.get(0).id(), "the largest image first, its pixel count beyond 32 bits");

			// with a filter: only matching items, still sorted
			DataItem skipped = store.item(expectedFirst(inProjectOrder, byPath)).orElseThrow();
			skipped.setStatus(ItemStatus.SKIPPED);
			store.commit(skipped);
			List<ItemSummary> unlabeled = pages(store, ItemQuery.withStatus(ItemStatus.UNLABELED),
					ItemOrder.ascending(ItemOrder.Key.PATH), 89);
			assertEquals(ids(inProjectOrder.stream().filter(row -> !row.id().equals(skipped.getId())).sorted(byPath).toList()),
					ids(unlabeled));
		}
	}

	@Test
	void sortsByFirstClassAndFirstLabelerAfterCommitsRenamesAndMerges() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "dog", "Cat", "bird");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 40));
			LabelClass dog = store.project().getLabelClasses().get(0);
			LabelClass cat = store.project().getLabelClasses().get(1);
			LabelClass bird = store.project().getLabelClasses().get(2);
			LabelClass ghost = TestProjects.FACTORY.createLabelClass(); // a class the definition does not have
			ghost.setId("class-ghost");
			ghost.setName("ghost");
			label(store, "item-0000003", ItemStatus.LABELED, dog, "zoe", cat, "amy");
			label(store, "item-0000005", ItemStatus.LABELED, bird, "Bob");
			label(store, "item-0000008", ItemStatus.NEEDS_REVIEW, cat, null, dog, "amy");
			label(store, "item-0000012", ItemStatus.LABELED, dog, "amy");
			label(store, "item-0000015", ItemStatus.LABELED, ghost, "ian");
			label(store, "item-0000021", ItemStatus.LABELED, cat, "\u00e9mile", bird, "amy");
			label(store, "item-0000027", ItemStatus.LABELED, bird, "amy", bird, "Bob");
			label(store, "item-0000033", ItemStatus.SKIPPED);
			// a second commit replaces the labels: the first class and labeler follow
			label(store, "item-0000003", ItemStatus.LABELED, cat, "amy", dog, "zoe");
			assertSortedByClassAndLabeler(store);

			// renamed: the order follows the new name at once, no item is written
			bird.setName("zebra");
			store.saveProject();
			assertSortedByClassAndLabeler(store);
			assertEquals("item-0000005", store.items(ItemQuery.all(), ItemOrder.descending(ItemOrder.Key.CLASS), 0, 1)
					.get(0).id(), "zebra (was bird) is now the last class by name, first descending");

			// merged, as Label Classes does it: Cat's labels go to dog, then Cat leaves the definition; a removed label
			// leaves an item without class, which goes to the end
			for (ItemSummary row : store.items(ItemQuery.all().labelClass(cat.getId()), 0, 100)) {
				DataItem item = store.item(row.id()).orElseThrow();
				item.getAnnotations().forEach(a -> {
					if (a.getLabelClass() == cat) {
						a.setLabelClass(dog);
					}
				});
				store.commit(item);
			}
			store.project().getLabelClasses().remove(cat);
			store.saveProject();
			label(store, "item-0000012", ItemStatus.UNLABELED);
			assertEquals(0, store.count(ItemQuery.all().labelClass(cat.getId())));
			assertSortedByClassAndLabeler(store);
		}
		try (ProjectStore store = reopen()) {
			assertSortedByClassAndLabeler(store);
		}
	}

	@Test
	void sortsByAnnotationCountAfterRegistrationCommitsAndPrelabels() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "dog", "cat");
		LabelClass dog = project.getLabelClasses().get(0);
		LabelClass cat = project.getLabelClasses().get(1);
		try (ProjectStore store = create(project)) {
			List<DataItem> items = TestProjects.items(project, 30);
			// registered with imported labels: counted from the start
			for (int boxes = 1; boxes <= 3; boxes++) {
				for (int k = 0; k < boxes; k++) {
					items.get(20 + boxes).getAnnotations().add(TestProjects.box(dog, k, 2, 3, 4));
				}
			}
			store.addItems(items);
			label(store, "item-0000003", ItemStatus.LABELED, dog, "amy", cat, "amy", dog, "bob");
			label(store, "item-0000005", ItemStatus.LABELED, cat, "bob");
			label(store, "item-0000008", ItemStatus.NEEDS_REVIEW, cat, "amy", dog, "amy");
			label(store, "item-0000012", ItemStatus.LABELED, dog, "amy", dog, "amy", dog, "amy", dog, "amy");
			label(store, "item-0000017", ItemStatus.SKIPPED);
			assertSortedByAnnotations(store);
			// a second commit replaces the labels: the count follows, also down to none
			label(store, "item-0000003", ItemStatus.LABELED, cat, "amy", cat, "bob");
			label(store, "item-0000012", ItemStatus.UNLABELED);
			assertEquals(org.tagbench.store.PrelabelWrite.WRITTEN, store.replacePrelabels("item-0000013",
					List.of(TestProjects.box(cat, 1, 2, 3, 4), TestProjects.box(dog, 5, 6, 7, 8))));
			assertEquals(2, store.items(ItemQuery.all(), ItemOrder.descending(ItemOrder.Key.ANNOTATIONS), 0, 30).stream()
					.filter(row -> row.id().equals("item-0000013")).findFirst().orElseThrow().annotationCount());
			assertSortedByAnnotations(store);
			assertTrue(store.verify().ok(), "every count kept: " + store.verify().problems());
			// without consensus nobody's labels are compared: the agreement order is the project's
			assertEquals(ids(pages(store, ItemQuery.all(), ItemOrder.PROJECT, 30)),
					ids(pages(store, ItemQuery.all(), ItemOrder.ascending(ItemOrder.Key.AGREEMENT), 30)));
		}
		try (ProjectStore store = reopen()) {
			assertSortedByAnnotations(store);
		}
	}

	/**
	 * Checks the store's annotation-count order, both ways, of all items and of the labeled ones, read in pages of 7,
	 * against the annotations of each item as read with it (and that each row reports that count), ties in the
	 * project's order (reversed descending).
	 */
	protected static void assertSortedByAnnotations(ProjectStore store) throws StoreException {
		for (ItemQuery query : List.of(ItemQuery.all(), ItemQuery.withStatus(ItemStatus.LABELED))) {
			int size = (int) store.count(query);
			List<ItemSummary> rows = pages(store, query, ItemOrder.PROJECT, size);
			Map<String, Integer> counts = new java.util.HashMap<>();
			for (ItemSummary row : rows) {
				counts.put(row.id(), store.item(row.id()).orElseThrow().getAnnotations().size());
				assertEquals((int) counts.get(row.id()), row.annotationCount(), "the count listed for " + row.id());
			}
			assertTrue(counts.values().stream().distinct().count() >= 2, "the test has counts to sort");
			for (boolean descending : new boolean[] { false, true }) {
				Comparator<ItemSummary> order = Comparator.comparingInt((ItemSummary row) -> counts.get(row.id()))
						.thenComparingLong(ItemSummary::orderKey);
				List<String> expected = ids(rows.stream().sorted(descending ? order.reversed() : order).toList());
				assertEquals(expected, ids(pages(store, query, new ItemOrder(ItemOrder.Key.ANNOTATIONS, descending), size)),
						"by annotation count" + (descending ? " descending" : "") + " of " + query);
			}
		}
	}

	/** For the tests of the migration that adds each item's annotation count: 4 items with 0, 2, 1 and 3 boxes. */
	protected void createWithAnnotationCounts() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "dog", "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 4));
			LabelClass dog = store.project().getLabelClasses().get(0);
			LabelClass cat = store.project().getLabelClasses().get(1);
			label(store, "item-0000001", ItemStatus.LABELED, dog, "zoe", cat, "zoe");
			label(store, "item-0000002", ItemStatus.LABELED, cat, "amy");
			label(store, "item-0000003", ItemStatus.LABELED, dog, "amy", dog, "amy", cat, "bob");
		}
	}

	/** Checks the project of {@link #createWithAnnotationCounts} after the migration counted each item's annotations. */
	protected static void assertAnnotationCountsFilled(ProjectStore store) throws StoreException {
		assertEquals(List.of("item-0000003", "item-0000001", "item-0000002", "item-0000000"),
				ids(store.items(ItemQuery.all(), ItemOrder.descending(ItemOrder.Key.ANNOTATIONS), 0, 4)),
				"3, 2, 1 and no boxes, counted by the migration");
	}

	@Test
	void sortsBySuggestionAfterRegistrationPrelabelWritesAndCommits() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "dog", "cat");
		LabelClass dog = project.getLabelClasses().get(0);
		LabelClass cat = project.getLabelClasses().get(1);
		try (ProjectStore store = create(project)) {
			List<DataItem> items = TestProjects.items(project, 20);
			// registered with a pre-label (an import of the assist's output): kept from the start
			items.get(15).getAnnotations().add(prelabel(dog, 0.4));
			store.addItems(items);
			writePrelabels(store, "item-0000002", prelabel(cat, 0.3), prelabel(dog, 0.9));
			writePrelabels(store, "item-0000005", prelabel(dog, 0.5));
			writePrelabels(store, "item-0000007", prelabel(cat, 0.5));
			writePrelabels(store, "item-0000009", prelabel(cat, 0.2));
			writePrelabels(store, "item-0000011", prelabel(dog, 0.7));
			// (the project's order: items 0, 19, 18, ... 1)
			assertEquals(List.of("item-0000009", "item-0000015", "item-0000007", "item-0000005", "item-0000011",
					"item-0000002", "item-0000000"),
					ids(store.items(ItemQuery.all(), ItemOrder.ascending(ItemOrder.Key.SUGGESTION), 0, 7)),
					"lowest best score first, the tie of 0.5 in the project's order, then the items without");
			assertEquals(List.of("item-0000002", "item-0000011", "item-0000007", "item-0000005", "item-0000015",
					"item-0000009", "item-0000000", "item-0000019"),
					ids(store.items(ItemQuery.all(), ItemOrder.descending(ItemOrder.Key.SUGGESTION), 0, 8)),
					"highest first, the tie still in the project's order, the items without still last");
			assertEquals(List.of(new org.tagbench.store.ItemLabels.Suggestion(dog.getId(), 0.9),
					new org.tagbench.store.ItemLabels.Suggestion(cat.getId(), 0.3)),
					store.labelsOf(List.of("item-0000002")).get("item-0000002").suggestions(), "the cell's, best first");
			assertSortedBySuggestion(store);
			// pre-labels replaced and removed by the assist
			writePrelabels(store, "item-0000009", prelabel(dog, 0.95));
			assertEquals(org.tagbench.store.PrelabelWrite.CLEARED, store.replacePrelabels("item-0000011", List.of()));
			assertEquals("item-0000009",
					store.items(ItemQuery.all(), ItemOrder.descending(ItemOrder.Key.SUGGESTION), 0, 1).get(0).id());
			assertSortedBySuggestion(store);
			// a labeler's commits: the best one accepted and the other removed; one left open; all removed
			DataItem accepted = store.item("item-0000002").orElseThrow();
			accepted.getAnnotations().removeIf(a -> a.getScore() < 0.5);
			accepted.getAnnotations().get(0).setSource(AnnotationSource.PRELABEL_ACCEPTED);
			accepted.setStatus(ItemStatus.LABELED);
			store.commit(accepted);
			DataItem leftOpen = store.item("item-0000005").orElseThrow();
			BoundingBox own = TestProjects.box(cat, 1, 1, 2, 2);
			own.setAuthor("amy");
			leftOpen.getAnnotations().add(own);
			leftOpen.setStatus(ItemStatus.NEEDS_REVIEW);
			store.commit(leftOpen);
			label(store, "item-0000007", ItemStatus.LABELED, dog, "amy");
			assertEquals(List.of("item-0000015", "item-0000005", "item-0000009", "item-0000000"),
					ids(store.items(ItemQuery.all(), ItemOrder.ascending(ItemOrder.Key.SUGGESTION), 0, 4)));
			assertEquals(List.of("item-0000005"),
					ids(store.items(ItemQuery.withStatus(ItemStatus.NEEDS_REVIEW), ItemOrder.descending(ItemOrder.Key.SUGGESTION), 0, 5)));
			assertSortedBySuggestion(store);
			assertTrue(store.verify().ok(), "every key kept: " + store.verify().problems());
		}
		try (ProjectStore store = reopen()) {
			assertSortedBySuggestion(store);
		}
	}

	/** A machine pre-label (an open suggestion of the assist) of {@code labelClass} with {@code score}. */
	protected static BoundingBox prelabel(LabelClass labelClass, double score) {
		BoundingBox box = TestProjects.box(labelClass, score, 2, 3, 4);
		box.setAuthor("model");
		box.setSource(AnnotationSource.PRELABEL);
		box.setScore(score);
		return box;
	}

	private static void writePrelabels(ProjectStore store, String itemId, BoundingBox... prelabels) throws StoreException {
		assertEquals(org.tagbench.store.PrelabelWrite.WRITTEN, store.replacePrelabels(itemId, List.of(prelabels)));
	}

	/**
	 * Checks the store's suggestion order, both ways, of all items and of the unlabeled ones, read in pages of 7,
	 * against the best score of the open pre-labels of each item as read with it: by that score, equal scores in the
	 * project's order either way, then the items without one in the project's order.
	 */
	protected static void assertSortedBySuggestion(ProjectStore store) throws StoreException {
		for (ItemQuery query : List.of(ItemQuery.all(), ItemQuery.withStatus(ItemStatus.UNLABELED))) {
			int size = (int) store.count(query);
			List<ItemSummary> rows = pages(store, query, ItemOrder.PROJECT, size);
			Map<String, Double> best = new java.util.HashMap<>();
			for (ItemSummary row : rows) {
				store.item(row.id()).orElseThrow().getAnnotations().stream()
						.filter(a -> a.getSource() == AnnotationSource.PRELABEL).mapToDouble(a -> a.getScore()).max()
						.ifPresent(score -> best.put(row.id(), score));
			}
			assertTrue(best.values().stream().distinct().count() >= 2, "the test has scores to sort");
			for (boolean descending : new boolean[] { false, true }) {
				Comparator<ItemSummary> byScore = Comparator.comparingDouble((ItemSummary row) -> best.get(row.id()));
				List<ItemSummary> expected = new ArrayList<>(rows.stream().filter(row -> best.containsKey(row.id()))
						.sorted((descending ? byScore.reversed() : byScore).thenComparingLong(ItemSummary::orderKey)).toList());
				expected.addAll(rows.stream().filter(row -> !best.containsKey(row.id())).toList());
				assertEquals(ids(expected), ids(pages(store, query, new ItemOrder(ItemOrder.Key.SUGGESTION, descending), size)),
						"by suggestion" + (descending ? " descending" : "") + " of " + query);
			}
		}
	}

	/** For the tests of the migration that adds each item's suggestion score: items 1 (0.8 and 0.6), 2 (0.3), 3 (0.8). */
	protected void createWithSuggestions() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "dog", "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 5));
			LabelClass dog = store.project().getLabelClasses().get(0);
			LabelClass cat = store.project().getLabelClasses().get(1);
			writePrelabels(store, "item-0000001", prelabel(dog, 0.6), prelabel(cat, 0.8));
			writePrelabels(store, "item-0000002", prelabel(cat, 0.3));
			writePrelabels(store, "item-0000003", prelabel(dog, 0.8));
		}
	}

	/** Checks the project of {@link #createWithSuggestions} after the migration kept each item's best score. */
	protected static void assertSuggestionsFilled(ProjectStore store) throws StoreException {
		// (the project's order: items 0, 4, 3, 2, 1)
		assertEquals(List.of("item-0000002", "item-0000003", "item-0000001", "item-0000000", "item-0000004"),
				ids(store.items(ItemQuery.all(), ItemOrder.ascending(ItemOrder.Key.SUGGESTION), 0, 5)),
				"0.3, the tie of 0.8 in the project's order, then the items without, kept by the migration");
		assertTrue(store.verify().ok(), store.verify().problems().toString());
	}

	@Test
	void itemsOfADataSourceAreRemovedOnlyWhenNoneCarriesALabel() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		org.tagbench.model.DataSource second = TestProjects.FACTORY.createDataSource();
		second.setId("source-2");
		second.setRootUri("file:/data/more/");
		project.getDataSources().add(second);
		try (ProjectStore store = create(project)) {
			List<DataItem> items = TestProjects.items(project, 30);
			for (int i = 20; i < 30; i++) {
				items.get(i).setDataSource(store.project().getDataSources().get(1));
			}
			store.addItems(items);
			LabelClass cat = store.project().getLabelClasses().get(0);
			label(store, "item-0000021", ItemStatus.LABELED, cat, "ada");
			label(store, "item-0000022", ItemStatus.SKIPPED);
			label(store, "item-0000023", ItemStatus.IN_PROGRESS);
			assertEquals(new org.tagbench.store.DataSourceItems(10, 2), store.itemsOfDataSource("source-2"),
					"a label and a decision (skipped) are work; in progress is not");

			StoreException refused = assertThrows(StoreException.class, () -> store.removeItemsOfDataSource("source-2"));
			assertTrue(refused.getMessage().contains("2 of its 10 items have labels"), refused.getMessage());
			assertEquals(30, store.count(ItemQuery.all()), "nothing removed");
			assertEquals(1, store.item("item-0000021").orElseThrow().getAnnotations().size(), "the label is kept");

			label(store, "item-0000021", ItemStatus.UNLABELED);
			label(store, "item-0000022", ItemStatus.UNLABELED);
			assertEquals(new org.tagbench.store.DataSourceItems(10, 0), store.itemsOfDataSource("source-2"));
			assertEquals(10, store.removeItemsOfDataSource("source-2"));
			assertEquals(20, store.count(ItemQuery.all()));
			assertTrue(store.item("item-0000025").isEmpty());
			assertEquals(new org.tagbench.store.DataSourceItems(20, 0), store.itemsOfDataSource("source-1"));
		}
	}

	/**
	 * For the tests of the migration that adds each item's first class and labeler: a project of 6 items, item 1 with
	 * a dog by zoe, item 4 with a cat without author then a dog by amy.
	 */
	protected void createWithFirstLabels() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "dog", "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 6));
			LabelClass dog = store.project().getLabelClasses().get(0);
			LabelClass cat = store.project().getLabelClasses().get(1);
			label(store, "item-0000001", ItemStatus.LABELED, dog, "zoe");
			label(store, "item-0000004", ItemStatus.LABELED, cat, null, dog, "amy");
		}
	}

	/** Checks the project of {@link #createWithFirstLabels} after the migration filled the first classes and labelers. */
	protected static void assertFirstLabelsFilled(ProjectStore store) throws StoreException {
		assertEquals(2, store.item("item-0000004").orElseThrow().getAnnotations().size(), "labels kept by the migration");
		assertEquals(List.of("item-0000004", "item-0000001"),
				ids(store.items(ItemQuery.all(), ItemOrder.ascending(ItemOrder.Key.CLASS), 0, 2)),
				"cat, then dog: the first written class of each item, filled by the migration");
		assertEquals(List.of("item-0000004", "item-0000001"),
				ids(store.items(ItemQuery.all(), ItemOrder.ascending(ItemOrder.Key.LABELER), 0, 2)),
				"amy (the first author; the import without one does not count), then zoe");
	}

	/** Commits the item with boxes of the given classes and authors, in that order (pairs), replacing its labels. */
	private static void label(ProjectStore store, String itemId, ItemStatus status, Object... classesAndAuthors)
			throws StoreException {
		DataItem item = store.item(itemId).orElseThrow();
		item.getAnnotations().clear();
		for (int i = 0; i < classesAndAuthors.length; i += 2) {
			BoundingBox box = TestProjects.box((LabelClass) classesAndAuthors[i], 1, 2, 3, 4);
			box.setAuthor((String) classesAndAuthors[i + 1]);
			item.getAnnotations().add(box);
		}
		item.setStatus(status);
		store.commit(item);
	}

	/**
	 * Checks the store's class and labeler orders, both ways, all items and the labeled ones, read in pages of 7,
	 * against the first class and author of each item as {@link ProjectStore#labelsOf} gives them (the cells' order).
	 */
	private static void assertSortedByClassAndLabeler(ProjectStore store) throws StoreException {
		for (ItemQuery query : List.of(ItemQuery.all(), ItemQuery.withStatus(ItemStatus.LABELED))) {
			int size = (int) store.count(query);
			List<ItemSummary> rows = pages(store, query, ItemOrder.PROJECT, size);
			Map<String, org.tagbench.store.ItemLabels> labels = store.labelsOf(ids(rows));
			List<String> names = store.project().getLabelClasses().stream()
					.sorted(Comparator.comparing(LabelClass::getName, String.CASE_INSENSITIVE_ORDER)).map(LabelClass::getId)
					.toList();
			for (boolean descending : new boolean[] { false, true }) {
				Comparator<ItemSummary> projectOrder = Comparator.comparingLong(ItemSummary::orderKey);
				if (descending) {
					projectOrder = projectOrder.reversed();
				}
				// classes by name (reversed descending), then classes not defined, then none: the last two last both ways
				Comparator<ItemSummary> byClass = Comparator.comparingInt((ItemSummary row) -> {
					var itemLabels = labels.get(row.id());
					if (itemLabels == null || itemLabels.classIds().isEmpty()) {
						return names.size() + 1;
					}
					int rank = names.indexOf(itemLabels.classIds().get(0));
					return rank < 0 ? names.size() : descending ? names.size() - 1 - rank : rank;
				}).thenComparing(projectOrder);
				List<String> expected = ids(rows.stream().sorted(byClass).toList());
				assertEquals(expected, ids(pages(store, query, new ItemOrder(ItemOrder.Key.CLASS, descending), size)),
						"by class" + (descending ? " descending" : "") + " of " + query);

				Comparator<String> codePoints = Comparator.comparing((String name) -> name.codePoints().toArray(),
						Arrays::compare);
				Comparator<ItemSummary> byLabeler = Comparator.comparing((ItemSummary row) -> {
					var itemLabels = labels.get(row.id());
					return itemLabels == null || itemLabels.authors().isEmpty() ? null : itemLabels.authors().get(0);
				}, Comparator.nullsLast(descending ? codePoints.reversed() : codePoints)).thenComparing(projectOrder);
				expected = ids(rows.stream().sorted(byLabeler).toList());
				assertEquals(expected, ids(pages(store, query, new ItemOrder(ItemOrder.Key.LABELER, descending), size)),
						"by labeler" + (descending ? " descending" : "") + " of " + query);
			}
		}
	}

	private static String expectedFirst(List<ItemSummary> rows, Comparator<ItemSummary> order) {
		return rows.stream().sorted(order).findFirst().orElseThrow().id();
	}

	/** The whole list read in pages of 7 (so pages end inside runs of equal keys), checked to hold {@code size} rows. */
	private static List<ItemSummary> pages(ProjectStore store, ItemQuery query, ItemOrder order, int size)
			throws StoreException {
		List<ItemSummary> rows = new ArrayList<>();
		for (int offset = 0; offset < size; offset += 7) {
			rows.addAll(store.items(query, order, offset, Math.min(7, size - offset)));
		}
		assertEquals(size, rows.size());
		return rows;
	}

	private static List<String> ids(List<ItemSummary> rows) {
		return rows.stream().map(ItemSummary::id).toList();
	}

	@Test
	void labelsOfAPageGiveEachItemsClassesAndAuthorsOnceInTheOrderWritten() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		LabelClass cat = project.getLabelClasses().get(0);
		LabelClass dog = project.getLabelClasses().get(1);
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 600));
			DataItem first = store.item("item-0000001").orElseThrow();
			for (Object[] box : new Object[][] { { dog, "ada" }, { cat, "bob" }, { dog, "bob" } }) {
				BoundingBox annotation = TestProjects.box((LabelClass) box[0], 1, 2, 3, 4);
				annotation.setAuthor((String) box[1]);
				first.getAnnotations().add(annotation);
			}
			store.commit(first);
			// beyond the first batch of ids, with an author left unknown (an import)
			DataItem late = store.item("item-0000550").orElseThrow();
			BoundingBox imported = TestProjects.box(cat, 1, 2, 3, 4);
			imported.setAuthor(null);
			late.getAnnotations().add(imported);
			store.commit(late);

			List<String> page = new ArrayList<>();
			for (ItemSummary summary : store.items(ItemQuery.all(), 0, 600)) {
				page.add(summary.id());
			}
			Map<String, org.tagbench.store.ItemLabels> labels = store.labelsOf(page);
			assertEquals(Set.of("item-0000001", "item-0000550"), labels.keySet(), "items without labels are absent");
			assertEquals(List.of(dog.getId(), cat.getId()), labels.get("item-0000001").classIds());
			assertEquals(List.of("ada", "bob"), labels.get("item-0000001").authors());
			assertEquals(List.of(cat.getId()), labels.get("item-0000550").classIds());
			assertEquals(List.of(), labels.get("item-0000550").authors());
			assertTrue(store.labelsOf(List.of()).isEmpty());
		}
	}

	@Test
	void forEachItemStreamsItemsWithTheirAnnotationsInOrder() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		LabelClass cat = project.getLabelClasses().get(0);
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 20));
			for (ItemSummary summary : store.items(ItemQuery.all(), 0, 20)) {
				DataItem item = store.item(summary.id()).orElseThrow();
				for (int b = 0; b < summary.orderKey() % 3; b++) {
					item.getAnnotations().add(TestProjects.box(cat, b, b, 1, 1));
				}
				item.setStatus(ItemStatus.LABELED);
				store.commit(item);
			}
			List<Long> keys = new ArrayList<>();
			int[] boxes = { 0 };
			store.forEachItem(ItemQuery.withStatus(ItemStatus.LABELED), item -> {
				keys.add(item.getOrderKey());
				assertEquals(item.getOrderKey() % 3, item.getAnnotations().size());
				boxes[0] += item.getAnnotations().size();
			});
			assertEquals(20, keys.size());
			assertEquals(keys.stream().sorted().toList(), keys);
			assertEquals(store.countAnnotationsByClass().get(cat.getId()), (long) boxes[0]);
		}
	}

	@Test
	void missingFlagKeepsLabels() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.MULTI_CLASS, "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 2));
			DataItem item = store.item("item-0000000").orElseThrow();
			ClassificationLabel label = TestProjects.FACTORY.createClassificationLabel();
			label.setLabelClass(store.project().getLabelClasses().get(0));
			item.getAnnotations().add(label);
			store.commit(item);
			store.setMissing(item.getId(), true);
			ItemSummary summary = store.items(ItemQuery.all(), 0, 10).stream()
					.filter(row -> row.id().equals(item.getId())).findFirst().orElseThrow();
			assertTrue(summary.missing());
			assertEquals(1, summary.annotationCount());
		}
	}

	@Test
	void verifyReportsLabelsOfClassesTheDefinitionNoLongerHas() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 2));
			DataItem item = store.item("item-0000000").orElseThrow();
			item.getAnnotations().add(TestProjects.box(store.project().getLabelClasses().get(1), 1, 1, 2, 2));
			store.commit(item);
			VerifyReport clean = store.verify();
			assertTrue(clean.ok(), clean.problems().toString());
			assertEquals(2, clean.items());
			assertEquals(1, clean.annotations());
			store.project().getLabelClasses().remove(1);
			store.saveProject();
		}
		try (ProjectStore store = reopen()) {
			assertEquals(1, store.project().getLabelClasses().size(), "the saved definition is read back");
			VerifyReport report = store.verify();
			assertFalse(report.ok());
			assertTrue(report.problems().stream().anyMatch(p -> p.contains("label class class-dog, which the project does not define")),
					report.problems().toString());
			DataItem item = store.item("item-0000000").orElseThrow();
			assertEquals(1, item.getAnnotations().size(), "the label is kept even though its class is gone");
			assertNull(item.getAnnotations().get(0).getLabelClass());
		}
	}

	@Test
	void everyRejectionIsKeptInTheItemsReviewHistoryWhateverHappensLater() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 2));
			assertEquals(List.of(), store.reviewNotes("item-0000001"), "never rejected");
			store.addReviewNote("item-0000001", new org.tagbench.store.ReviewNote("rita", 1_000L, "Box too loose"));
			store.addReviewNote("item-0000001", new org.tagbench.store.ReviewNote("rita", 2_000L, ""));
			DataItem item = store.item("item-0000001").orElseThrow();
			item.setStatus(ItemStatus.ACCEPTED);
			item.setReviewComment(null);
			store.commit(item);
		}
		try (ProjectStore store = reopen()) {
			List<org.tagbench.store.ReviewNote> notes = store.reviewNotes("item-0000001");
			assertEquals(List.of(1_000L, 2_000L), notes.stream().map(org.tagbench.store.ReviewNote::time).toList(), "oldest first");
			assertEquals("Box too loose", notes.get(0).comment());
			assertEquals("", notes.get(1).comment(), "a rejection without a comment is history too");
			assertTrue(notes.stream().allMatch(n -> n.author() != null && !n.author().isBlank()));
			assertEquals(List.of(), store.reviewNotes("item-0000000"), "only that item");
			assertThrows(StoreException.class, () -> store.addReviewNote("no-such-item",
					new org.tagbench.store.ReviewNote("rita", 3_000L, "x")), "an unknown item is refused");
		}
	}

	@Test
	void reviewCommentIsStoredWithTheItemAndCleared() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 2));
			DataItem item = store.item("item-0000001").orElseThrow();
			assertEquals(null, item.getReviewComment(), "no comment until a reviewer writes one");
			item.getAnnotations().add(TestProjects.box(store.project().getLabelClasses().get(0), 1, 2, 3, 4));
			item.setStatus(ItemStatus.REJECTED);
			item.setReviewComment("Box too loose: include the tail");
			store.commit(item);
		}
		try (ProjectStore store = reopen()) {
			DataItem item = store.item("item-0000001").orElseThrow();
			assertEquals(ItemStatus.REJECTED, item.getStatus());
			assertEquals("Box too loose: include the tail", item.getReviewComment());
			assertEquals(1, item.getAnnotations().size(), "rejecting keeps the labels");
			assertEquals(null, store.item("item-0000000").orElseThrow().getReviewComment(), "only that item");
			List<DataItem> streamed = new java.util.ArrayList<>();
			store.forEachItem(ItemQuery.withStatus(ItemStatus.REJECTED), streamed::add);
			assertEquals("Box too loose: include the tail", streamed.get(0).getReviewComment());
			assertEquals(1, store.items(ItemQuery.withStatus(ItemStatus.REJECTED), 0, 10).get(0).annotationCount(),
					"the summary's annotation count still reads the right column");
			item.setReviewComment(null);
			item.setStatus(ItemStatus.ACCEPTED);
			store.commit(item);
			assertEquals(null, store.item("item-0000001").orElseThrow().getReviewComment());
		}
	}

	@Test
	void commitOfAnUnknownItemFailsAndChangesNothing() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 1));
			DataItem stranger = TestProjects.items(store.project(), 1).get(0);
			stranger.setId("nobody");
			stranger.getAnnotations().add(TestProjects.box(store.project().getLabelClasses().get(0), 0, 0, 1, 1));
			StoreException e = assertThrows(StoreException.class, () -> store.commit(stranger));
			assertTrue(e.getMessage().contains("the project has no item nobody"), e.getMessage());
			assertTrue(e.getMessage().contains("earlier commits are safe"), e.getMessage());
			assertEquals(0, store.verify().annotations());
		}
	}

	@Test
	void queueLeasesUnlabeledItemsInOrderAndCommitsOnceWhenRetried() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.MULTI_CLASS, "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 10));
			store.setMissing("item-0000000", true);
			TaskQueue queue = store.queue();
			List<Lease> leases = queue.lease(3, Duration.ofMinutes(5));
			assertEquals(3, leases.size());
			List<String> expected = store.items(ItemQuery.withStatus(ItemStatus.UNLABELED), 0, 10).stream()
					.filter(row -> !row.missing()).limit(3).map(ItemSummary::id).toList();
			assertEquals(expected, leases.stream().map(Lease::itemId).toList(), "the next items in order, not missing ones");
			assertTrue(leases.get(0).expiresAt() > System.currentTimeMillis() + 60_000);

			assertEquals(leases.stream().map(Lease::itemId).toList(),
					queue.lease(3, Duration.ofMinutes(5)).stream().map(Lease::itemId).toList(),
					"asking again renews the running leases");

			Lease first = leases.get(0);
			DataItem item = store.item(first.itemId()).orElseThrow();
			ClassificationLabel label = TestProjects.FACTORY.createClassificationLabel();
			label.setLabelClass(store.project().getLabelClasses().get(0));
			item.getAnnotations().add(label);
			item.setStatus(ItemStatus.LABELED);
			String commitId = UUID.randomUUID().toString();
			assertEquals(CommitOutcome.STORED, queue.commit(first, item, commitId));
			assertEquals(CommitOutcome.ALREADY_STORED, queue.commit(first, item, commitId), "a retried commit");
			DataItem stored = store.item(first.itemId()).orElseThrow();
			assertEquals(1, stored.getAnnotations().size(), "the label is stored once");
			assertEquals(ItemStatus.LABELED, stored.getStatus());

			queue.release(leases.get(1));
			Set<String> next = new HashSet<>();
			queue.lease(4, Duration.ofMinutes(5)).forEach(lease -> next.add(lease.itemId()));
			assertFalse(next.contains(first.itemId()), "a labeled item is not handed out again");
			assertTrue(next.contains(leases.get(2).itemId()));
			assertTrue(next.contains(leases.get(1).itemId()), "a released item goes back to the queue");
			assertEquals(4, next.size());
		}
	}
}
