package org.tagbench.assist.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.AssistModels;
import org.tagbench.assist.AssistTraining;
import org.tagbench.assist.BoxDetection;
import org.tagbench.assist.FeatureCache;
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.HeadPredictor;
import org.tagbench.assist.LabelPropagation;
import org.tagbench.assist.PageClustering;
import org.tagbench.assist.Prelabel;
import org.tagbench.assist.Prelabels;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Pre-labels the project's unlabeled items with the newest model, above its calibrated threshold for each class; on a
 * team classification project, when asked ({@link #clusterQueue}), then writes the clustered order of its unlabeled
 * items to the server's queue, so that every labeler's leased pages hold similar images.
 */
public class PredictJob extends AssistJob {

	private static final int BATCH = 512;
	/** The clustering's seed: the same items and features give the same order. */
	private static final long CLUSTER_SEED = 17L;
	private final Map<Prelabels.Outcome, Integer> outcomes = new EnumMap<>(Prelabels.Outcome.class);
	private int queuePageSize;
	private volatile int reordered = -1;

	public PredictJob(ProjectStore store, Path assistFolder, FeatureExtractor extractor) {
		super("Pre-labeling with the assist model", store, assistFolder, extractor);
	}

	/**
	 * After pre-labeling a classification project, puts its unlabeled items in the queue in pages of
	 * {@code pageSize} similar images ({@link PageClustering#queueOrder}), where the store lets this user reorder
	 * its queue ({@link ProjectStore#mayReorderQueue()}: a team project's admins; a folder's editor clusters its own
	 * pages). A page size below 2 leaves the order alone.
	 */
	public PredictJob clusterQueue(int pageSize) {
		this.queuePageSize = pageSize;
		return this;
	}

	/** How many items the job put in the clustered queue order; -1 when it did not reorder the queue. */
	public int reordered() {
		return reordered;
	}

	/** How many items got pre-labels, lost them, were skipped (human work) … */
	public synchronized Map<Prelabels.Outcome, Integer> outcomes() {
		return Map.copyOf(outcomes);
	}

	@Override
	protected IStatus work(IProgressMonitor monitor) throws AssistException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		AssistModel model = AssistModels.latest(assistFolder.resolve("models"))
				.orElseThrow(() -> new AssistException("No assist model yet: train one first."));
		if (!model.extractorId().equals(extractor.id())) {
			throw new AssistException("Model " + model.version() + " takes features of " + model.extractorId() + ", not of "
					+ extractor.id() + ": retrain it with this backbone.");
		}
		List<DataItem> unlabeled = new ArrayList<>();
		store.forEachItem(ItemQuery.withStatus(ItemStatus.UNLABELED), unlabeled::add);
		progress.worked(5);
		if (model.kind() == HeadKind.BOXES) {
			return predictBoxes(model, unlabeled, progress.split(95));
		}
		Map<String, float[]> features = features(unlabeled, progress.split(55));
		List<String> ids = new ArrayList<>(features.keySet());
		SubMonitor writing = progress.split(30).setWorkRemaining(Math.max(1, ids.size()));
		Set<String> taken = new HashSet<>(); // by a person (labeled or leased) or gone: not for the queue's order
		Optional<LabelPropagation.Seeds> seeds = LabelPropagation.Seeds.read(model.folder());
		// a model calibrated with label propagation scores the next items in order (those in its graph), no others
		int scoredItems = seeds.isPresent() ? Math.min(ids.size(), LabelPropagation.MAX_UNLABELED) : ids.size();
		try (HeadPredictor predictor = HeadPredictor.load(model.savedModel(), model.dimension())) {
			float[][] propagated = seeds.isPresent() ? propagatedScores(seeds.get(), model, predictor, ids.subList(0, scoredItems), features) : null;
			for (int start = 0; start < ids.size(); start += BATCH) {
				List<String> part = ids.subList(start, Math.min(ids.size(), start + BATCH));
				float[][] scores = propagated != null ? null : predictor.predict(part.stream().map(features::get).toArray(float[][]::new));
				for (int k = 0; k < part.size(); k++) {
					if (writing.isCanceled()) {
						throw new OperationCanceledException(); // items written so far keep their pre-labels
					}
					int index = start + k;
					List<Prelabel> decided = propagated == null ? AssistTraining.decide(model, scores[k])
							: index < scoredItems ? AssistTraining.decide(model, propagated[index]) : List.of();
					Prelabels.Outcome outcome = Prelabels.apply(store, part.get(k), decided);
					if (outcome == Prelabels.Outcome.SKIPPED_HUMAN_WORK || outcome == Prelabels.Outcome.SKIPPED_LEASED
							|| outcome == Prelabels.Outcome.MISSING) {
						taken.add(part.get(k));
					}
					synchronized (this) {
						outcomes.merge(outcome, 1, Integer::sum);
					}
					writing.worked(1);
				}
			}
		}
		if (queuePageSize > 1 && store.mayReorderQueue()) {
			reorderQueue(unlabeled.stream().filter(item -> !taken.contains(item.getId())).toList(), features,
					progress.split(10));
		}
		return done(model, ids.size());
	}

	/**
	 * The decision scores of {@code ids}: the head's probabilities blended with the classes propagated from the model's
	 * seeds (their cached features) over the graph of seeds and these items.
	 */
	private float[][] propagatedScores(LabelPropagation.Seeds seeds, AssistModel model, HeadPredictor predictor, List<String> ids,
			Map<String, float[]> features) throws AssistException {
		float[][] items = ids.stream().map(features::get).toArray(float[][]::new);
		float[][] head = new float[items.length][];
		for (int start = 0; start < items.length; start += BATCH) {
			float[][] part = predictor.predict(Arrays.copyOfRange(items, start, Math.min(items.length, start + BATCH)));
			System.arraycopy(part, 0, head, start, part.length);
		}
		FeatureCache cache = cache();
		float[][] seedFeatures = seeds.ids().stream().map(cache::get).toArray(float[][]::new);
		return LabelPropagation.scores(seeds, seedFeatures, items, head, model.classIds().size());
	}

	/**
	 * The unlabeled items in pages of similar images, those without features (unreadable images) after them in the
	 * project's order, written to the queue in one step (items leased or labeled meanwhile keep their places). Items
	 * the pre-labeling found leased or labeled are left out before clustering: the store would skip them, and a page
	 * missing one of its items would shift every later page by one.
	 */
	private void reorderQueue(List<DataItem> unlabeled, Map<String, float[]> features, SubMonitor progress)
			throws StoreException {
		progress.setTaskName("Putting the queue in pages of similar images");
		progress.setWorkRemaining(2);
		if (progress.isCanceled()) {
			throw new OperationCanceledException(); // the pre-labels written stay
		}
		List<String> withFeatures = unlabeled.stream().map(DataItem::getId).filter(features::containsKey).toList();
		int[] clustered = PageClustering.queueOrder(withFeatures.stream().map(features::get).toArray(float[][]::new),
				queuePageSize, CLUSTER_SEED);
		List<String> order = new ArrayList<>(unlabeled.size());
		for (int index : clustered) {
			order.add(withFeatures.get(index));
		}
		unlabeled.stream().map(DataItem::getId).filter(id -> !features.containsKey(id)).forEach(order::add);
		progress.worked(1);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		reordered = store.reorderQueue(order);
		progress.worked(1);
	}

	private IStatus done(AssistModel model, int items) {
		int written = outcomes().getOrDefault(Prelabels.Outcome.WRITTEN, 0);
		String queue = reordered < 0 ? "" : "; " + reordered + " items queued in pages of similar images";
		return new Status(IStatus.OK, PLUGIN_ID, written + " of " + items + " unlabeled items pre-labeled by model "
				+ model.version() + queue);
	}

	/**
	 * Box models: every proposal of every unlabeled image classified. Not through the {@link BoxDetection} feature cache:
	 * thousands of unlabeled images would push out the labeled images' windows that the next retraining reuses.
	 */
	private IStatus predictBoxes(AssistModel model, List<DataItem> unlabeled, SubMonitor progress) throws AssistException, StoreException {
		BoxDetection.Detector detector = BoxDetection.detector(model);
		progress.setWorkRemaining(Math.max(1, unlabeled.size()));
		try (HeadPredictor head = HeadPredictor.load(model.savedModel(), model.dimension())) {
			for (DataItem item : unlabeled) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException(); // items written so far keep their pre-labels
				}
				java.awt.image.BufferedImage image = image(item);
				if (image != null) {
					Prelabels.Outcome outcome = Prelabels.applyBoxes(store, item.getId(), detector.prelabels(image, extractor, head),
							model.classIds(), model.version());
					synchronized (this) {
						outcomes.merge(outcome, 1, Integer::sum);
					}
				}
				progress.worked(1);
			}
		}
		return done(model, unlabeled.size());
	}
}
