package org.tagbench.assist.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.HeadPredictor;
import org.tagbench.assist.Prelabels;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/** Pre-labels the project's unlabeled items with the newest model, above its calibrated threshold for each class. */
public class PredictJob extends AssistJob {

	private static final int BATCH = 512;
	private final Map<Prelabels.Outcome, Integer> outcomes = new EnumMap<>(Prelabels.Outcome.class);

	public PredictJob(ProjectStore store, Path assistFolder, FeatureExtractor extractor) {
		super("Pre-labeling with the assist model", store, assistFolder, extractor);
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
		Map<String, float[]> features = features(unlabeled, progress.split(60));
		List<String> ids = new ArrayList<>(features.keySet());
		SubMonitor writing = progress.split(35).setWorkRemaining(Math.max(1, ids.size()));
		try (HeadPredictor predictor = HeadPredictor.load(model.savedModel(), model.dimension())) {
			for (int start = 0; start < ids.size(); start += BATCH) {
				List<String> part = ids.subList(start, Math.min(ids.size(), start + BATCH));
				float[][] scores = predictor.predict(part.stream().map(features::get).toArray(float[][]::new));
				for (int k = 0; k < part.size(); k++) {
					if (writing.isCanceled()) {
						throw new OperationCanceledException(); // items written so far keep their pre-labels
					}
					Prelabels.Outcome outcome = Prelabels.apply(store, part.get(k), AssistTraining.decide(model, scores[k]));
					synchronized (this) {
						outcomes.merge(outcome, 1, Integer::sum);
					}
					writing.worked(1);
				}
			}
		}
		return done(model, ids.size());
	}

	private IStatus done(AssistModel model, int items) {
		int written = outcomes().getOrDefault(Prelabels.Outcome.WRITTEN, 0);
		return new Status(IStatus.OK, PLUGIN_ID, written + " of " + items + " unlabeled items pre-labeled by model " + model.version());
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
