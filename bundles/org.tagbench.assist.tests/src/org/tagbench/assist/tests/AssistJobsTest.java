package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.AssistModels;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.PageClustering;
import org.tagbench.assist.Prelabel;
import org.tagbench.assist.Prelabels;
import org.tagbench.assist.LabelPropagation;
import org.tagbench.assist.jobs.PredictJob;
import org.tagbench.assist.jobs.TrainJob;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.AssistSettings;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.CommitLocks;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;

/** The train and predict jobs on a real project store with generated shape images. */
class AssistJobsTest {

	private static final TagbenchFactory FACTORY = TagbenchFactory.eINSTANCE;
	private static final int ITEMS = 200;
	private static final int LABELED = 120;

	@TempDir
	Path temp;

	private LocalProjectStore project(SyntheticShapes shapes) throws Exception {
		Path images = Files.createDirectories(temp.resolve("images"));
		LabelingProject project = FACTORY.createLabelingProject();
		project.setId("p");
		project.setName("Shapes");
		project.setType(ProjectType.MULTI_CLASS);
		AssistSettings settings = FACTORY.createAssistSettings();
		settings.setTargetPrecision(0.9);
		project.setAssistSettings(settings);
		DataSource source = FACTORY.createDataSource();
		source.setId("s");
		source.setRootUri(images.toUri().toString());
		project.getDataSources().add(source);
		for (String name : new String[] { "disc", "square", "triangle", "cross" }) {
			LabelClass c = FACTORY.createLabelClass();
			c.setId("class-" + name);
			c.setName(name);
			project.getLabelClasses().add(c);
		}
		List<DataItem> items = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			String path = String.format("shape%03d.png", i);
			ImageIO.write(shapes.images.get(i), "png", images.resolve(path).toFile());
			DataItem item = FACTORY.createDataItem();
			item.setId(String.format("item-%03d", i));
			item.setDataSource(source);
			item.setPath(path);
			item.setMediaType(MediaType.IMAGE);
			item.setStatus(ItemStatus.UNLABELED);
			item.setOrderKey(i);
			items.add(item);
		}
		LocalProjectStore store = LocalProjectStore.create(temp.resolve("project"), project);
		store.addItems(items);
		for (int i = 0; i < LABELED; i++) {
			label(store, i, shapes.classes.get(i), ItemStatus.LABELED);
		}
		return store;
	}

	private static void label(LocalProjectStore store, int i, int shape, ItemStatus status) throws Exception {
		DataItem item = store.item(String.format("item-%03d", i)).orElseThrow();
		ClassificationLabel label = FACTORY.createClassificationLabel();
		label.setLabelClass(store.project().getLabelClasses().get(shape));
		label.setSource(AnnotationSource.HUMAN);
		label.setAuthor("tester");
		item.getAnnotations().add(label);
		item.setStatus(status);
		store.commit(item);
	}

	@Test
	void trainThenPrelabelUnlabeledItemsAboveTheThresholdWithoutTouchingHumanLabels() throws Exception {
		SyntheticShapes shapes = new SyntheticShapes(ITEMS, 5);
		FeatureExtractor extractor = FeatureExtractors.find(FeatureExtractors.BUILT_IN_ID).orElseThrow();
		try (LocalProjectStore store = project(shapes)) {
			// An item a person is labeling (still UNLABELED, with a human label of the wrong class): never overwritten.
			int inProgress = LABELED;
			label(store, inProgress, (shapes.classes.get(inProgress) + 1) % 4, ItemStatus.UNLABELED);
			Path assist = temp.resolve("project").resolve("assist");

			TrainJob train = new TrainJob(store, assist, extractor);
			train.schedule();
			train.join();
			assertTrue(train.getResult().isOK(), train.getResult().toString());
			AssistModel model = train.model();
			assertEquals("m1", model.version());
			assertEquals(List.of("class-disc", "class-square", "class-triangle", "class-cross"), model.classIds());
			assertTrue(model.canPrelabel(), "a threshold surely reaching 90 % precision on shapes the scoring head never saw");
			assertEquals(LABELED, model.trainedOn(), "the pre-labeling head learns from every labeled item");
			assertEquals(LABELED, model.curve().decisions(), "every labeled item is scored once by a head trained without it");
			// a multi-class model propagates labels over the graph of labeled and unlabeled items: from the labeled ones
			LabelPropagation.Seeds seeds = LabelPropagation.Seeds.read(model.folder()).orElseThrow();
			assertEquals(LABELED, seeds.ids().size());
			for (int s = 0; s < seeds.ids().size(); s++) {
				int item = Integer.parseInt(seeds.ids().get(s).substring("item-".length()));
				assertEquals(shapes.classes.get(item).intValue(), seeds.classes()[s], "seed " + seeds.ids().get(s));
			}
			AssistModel stored = AssistModels.latest(assist.resolve("models")).orElseThrow();
			assertEquals(model.curve().threshold(), stored.curve().threshold(), "model.json round trip");
			assertEquals(model.curve().perClass(), stored.curve().perClass(), "per-class thresholds kept with the model version");
			assertEquals(4, stored.curve().perClass().size());

			PredictJob predict = new PredictJob(store, assist, extractor);
			predict.schedule();
			predict.join();
			assertTrue(predict.getResult().isOK(), predict.getResult().toString());
			Map<Prelabels.Outcome, Integer> outcomes = predict.outcomes();
			assertEquals(1, outcomes.get(Prelabels.Outcome.SKIPPED_HUMAN_WORK));
			int written = outcomes.getOrDefault(Prelabels.Outcome.WRITTEN, 0);
			assertTrue(written >= 20, "pre-labeled " + outcomes);

			int right = 0;
			for (int i = LABELED + 1; i < ITEMS; i++) {
				DataItem item = store.item(String.format("item-%03d", i)).orElseThrow();
				assertEquals(ItemStatus.UNLABELED, item.getStatus(), "pre-labels do not change the status");
				for (Annotation a : item.getAnnotations()) {
					assertEquals(AnnotationSource.PRELABEL, a.getSource());
					assertEquals("m1", a.getModelVersion());
					double threshold = model.curve().thresholdOf(model.classIds().indexOf(a.getLabelClass().getId())).getAsDouble();
					assertTrue(a.getScore() >= threshold - 1e-6 && a.getScore() <= 1 + 1e-6, "score " + a.getScore() + ", class threshold " + threshold);
					right += a.getLabelClass().getId().equals(model.classIds().get(shapes.classes.get(i))) ? 1 : 0;
				}
			}
			assertTrue((double) right / written >= 0.8, "pre-label precision " + right + "/" + written);
			DataItem kept = store.item(String.format("item-%03d", inProgress)).orElseThrow();
			assertEquals(1, kept.getAnnotations().size());
			assertEquals(AnnotationSource.HUMAN, kept.getAnnotations().get(0).getSource());
			DataItem labeled = store.item("item-000").orElseThrow();
			assertEquals(ItemStatus.LABELED, labeled.getStatus());
			assertEquals(AnnotationSource.HUMAN, labeled.getAnnotations().get(0).getSource());

			// Features were cached: a second model trains without recomputing them and becomes m2.
			TrainJob again = new TrainJob(store, assist, extractor);
			again.schedule();
			again.join();
			assertEquals("m2", again.model().version());
		}
	}

	@Test
	void aTeamAdminsPredictionQueuesTheUnlabeledItemsInPagesOfSimilarImages() throws Exception {
		SyntheticShapes shapes = new SyntheticShapes(ITEMS, 11);
		FeatureExtractor extractor = FeatureExtractors.find(FeatureExtractors.BUILT_IN_ID).orElseThrow();
		try (LocalProjectStore folder = project(shapes)) {
			// an item a person is labeling (still UNLABELED, with a human label): not for the clustered order
			label(folder, LABELED, shapes.classes.get(LABELED), ItemStatus.UNLABELED);
			Path assist = temp.resolve("project").resolve("assist");
			TrainJob train = new TrainJob(folder, assist, extractor);
			train.schedule();
			train.join();
			assertTrue(train.model().canPrelabel(), train.getResult().toString());

			PredictJob inFolder = new PredictJob(folder, assist, extractor).clusterQueue(4);
			inFolder.schedule();
			inFolder.join();
			assertTrue(inFolder.getResult().isOK(), inFolder.getResult().toString());
			assertEquals(-1, inFolder.reordered(), "a folder's editor clusters its own pages: its queue keeps its order");

			// the folder's store as a team store whose user may reorder the queue: the order it is given is recorded
			List<String> queued = new ArrayList<>();
			ProjectStore team = (ProjectStore) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { ProjectStore.class }, (proxy, method, args) -> switch (method.getName()) {
					case "mayReorderQueue" -> true;
					case "reorderQueue" -> {
						@SuppressWarnings("unchecked")
						List<String> order = (List<String>) args[0];
						queued.addAll(order);
						yield order.size();
					}
					default -> {
						try {
							yield method.invoke(folder, args);
						} catch (InvocationTargetException e) {
							throw e.getCause();
						}
					}
					});
			PredictJob predict = new PredictJob(team, assist, extractor).clusterQueue(4);
			predict.schedule();
			predict.join();
			assertTrue(predict.getResult().isOK(), predict.getResult().toString());
			assertTrue(predict.getResult().getMessage().contains((ITEMS - LABELED - 1) + " items queued in pages of similar images"),
					predict.getResult().getMessage());
			List<String> unlabeled = new ArrayList<>();
			for (int i = LABELED + 1; i < ITEMS; i++) {
				unlabeled.add(String.format("item-%03d", i));
			}
			assertEquals(ITEMS - LABELED - 1, predict.reordered());
			assertEquals(Set.copyOf(unlabeled), Set.copyOf(queued), "every unlabeled item but the one a person is labeling");
			assertEquals(unlabeled.size(), queued.size(), "each once");
			int[] classes = new int[ITEMS];
			for (int i = 0; i < ITEMS; i++) {
				classes[i] = shapes.classes.get(i);
			}
			int[] clustered = queued.stream().mapToInt(id -> Integer.parseInt(id.substring(5))).toArray();
			int[] projectOrder = unlabeled.stream().mapToInt(id -> Integer.parseInt(id.substring(5))).toArray();
			double purity = PageClustering.purity(PageClusteringTest.runs(clustered, 4), classes);
			double unclustered = PageClustering.purity(PageClusteringTest.runs(projectOrder, 4), classes);
			assertTrue(purity > unclustered + 0.1, "pages of 4 in the queue: purity " + purity + ", in the project's order " + unclustered);
		}
	}

	@Test
	void aPrelabelWaitsForAPersonsCommitUnderWayAndThenLeavesTheLabelAlone() throws Exception {
		SyntheticShapes shapes = new SyntheticShapes(ITEMS, 7);
		try (LocalProjectStore store = project(shapes);
				LocalProjectStore editorStore = LocalProjectStore.open(temp.resolve("project"))) {
			String id = String.format("item-%03d", LABELED); // still unlabeled
			ReentrantLock lock = CommitLocks.of(editorStore);
			assertSame(lock, CommitLocks.of(store), "two stores on one project share the lock");
			CompletableFuture<Prelabels.Outcome> writing;
			lock.lock(); // a person's commit under way
			try {
				writing = CompletableFuture.supplyAsync(() -> {
					try {
						return Prelabels.apply(store, id, List.of(new Prelabel("class-disc", 0.99, "m9")));
					} catch (StoreException e) {
						throw new CompletionException(e);
					}
				});
				long end = System.currentTimeMillis() + 30_000;
				while (!lock.hasQueuedThreads() && System.currentTimeMillis() < end) {
					Thread.onSpinWait();
				}
				assertTrue(lock.hasQueuedThreads(), "the pre-label waits for the lock");
				DataItem item = editorStore.item(id).orElseThrow();
				ClassificationLabel label = FACTORY.createClassificationLabel();
				label.setLabelClass(editorStore.project().getLabelClasses().get(1));
				label.setSource(AnnotationSource.HUMAN);
				item.getAnnotations().add(label);
				item.setStatus(ItemStatus.LABELED);
				editorStore.commit(item);
			} finally {
				lock.unlock();
			}
			assertEquals(Prelabels.Outcome.SKIPPED_HUMAN_WORK, writing.get(60, TimeUnit.SECONDS),
					"checked after the person's commit: not overwritten");
			DataItem stored = store.item(id).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			assertEquals(1, stored.getAnnotations().size());
			assertEquals(AnnotationSource.HUMAN, stored.getAnnotations().get(0).getSource());
		}
	}

	@Test
	void cancellingATrainingJobEndsItWithoutAModel() throws Exception {
		SyntheticShapes shapes = new SyntheticShapes(ITEMS, 6);
		FeatureExtractor extractor = FeatureExtractors.find(FeatureExtractors.BUILT_IN_ID).orElseThrow();
		try (LocalProjectStore store = project(shapes)) {
			Path assist = temp.resolve("project").resolve("assist");
			TrainJob train = new TrainJob(store, assist, extractor);
			train.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void running(IJobChangeEvent event) {
					event.getJob().cancel();
				}
			});
			train.schedule();
			train.join();
			assertNotNull(train.getResult());
			assertEquals(IStatus.CANCEL, train.getResult().getSeverity());
			assertFalse(Files.exists(assist.resolve("models").resolve("m1")));
		}
	}
}
