package org.tagbench.assist.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.AssistTraining;
import org.tagbench.assist.BoxDetection;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.HeadTrainer;
import org.tagbench.assist.LabelPropagation;
import org.tagbench.assist.Prelabels;
import org.tagbench.model.Annotation;
import org.tagbench.model.AssistSettings;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Trains the next model version on the project's labeled items (classification projects): features,
 * a head with cross-fitted calibration, the thresholds (per class where a class proves it alone) for the
 * project's target precision.
 */
public class TrainJob extends AssistJob {

	private volatile AssistModel model;

	public TrainJob(ProjectStore store, Path assistFolder, FeatureExtractor extractor) {
		super("Training the assist model", store, assistFolder, extractor);
	}

	/** The model trained, once the job ended with an OK status. */
	public AssistModel model() {
		return model;
	}

	@Override
	protected IStatus work(IProgressMonitor monitor) throws AssistException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		LabelingProject project = store.project();
		HeadKind kind = switch (project.getType()) {
		case MULTI_CLASS -> HeadKind.MULTI_CLASS;
		case MULTI_LABEL -> HeadKind.MULTI_LABEL;
		case BOUNDING_BOX -> HeadKind.BOXES;
		default -> throw new AssistException("The assist pre-labels classification and bounding-box projects only; "
				+ project.getName() + " is a " + project.getType() + " project.");
		};
		List<String> classIds = project.getLabelClasses().stream().map(LabelClass::getId).toList();
		if (kind == HeadKind.BOXES) {
			return trainBoxes(project, classIds, progress);
		}
		List<DataItem> labeled = new ArrayList<>();
		store.forEachItem(ItemQuery.withStatus(ItemStatus.LABELED, ItemStatus.ACCEPTED), item -> {
			if (item.getAnnotations().stream().anyMatch(a -> a instanceof ClassificationLabel && Prelabels.isTrainingLabel(a))) {
				labeled.add(item);
			}
		});
		progress.worked(5);
		Map<String, float[]> features = features(labeled, progress.split(40));
		List<String> ids = new ArrayList<>();
		List<float[]> x = new ArrayList<>();
		List<float[]> y = new ArrayList<>();
		for (DataItem item : labeled) {
			float[] vector = features.get(item.getId());
			if (vector == null) {
				continue;
			}
			float[] target = new float[classIds.size()];
			for (Annotation a : item.getAnnotations()) {
				if (a instanceof ClassificationLabel && Prelabels.isTrainingLabel(a) && a.getLabelClass() != null) {
					int k = classIds.indexOf(a.getLabelClass().getId());
					if (k >= 0) {
						target[k] = 1;
						if (kind == HeadKind.MULTI_CLASS) {
							break; // one class per item: the first label counts
						}
					}
				}
			}
			ids.add(item.getId());
			x.add(vector);
			y.add(target);
		}
		if (x.isEmpty()) {
			throw new AssistException("Nothing to train on yet: " + project.getName()
					+ " has no item labeled by a person (with a readable image). Label a few items of each class first.");
		}
		AssistSettings settings = project.getAssistSettings();
		double target = settings == null ? 0.95 : settings.getTargetPrecision();
		AssistTraining.Unlabeled unlabeled = LabelPropagation.applies(kind, x.size())
				? new AssistTraining.Unlabeled(ids, nextUnlabeled(progress.split(20)))
				: null;
		progress.setWorkRemaining(35);
		model = AssistTraining.train(kind, x.toArray(float[][]::new), y.toArray(float[][]::new), classIds, extractor.id(),
				target, AssistTraining.CALIBRATION_FOLDS, assistFolder.resolve("models"), HeadTrainer.Options.defaults(),
				unlabeled, progress.split(35));
		String summary = "Model " + model.version() + " trained on " + model.trainedOn() + " items, "
				+ model.curve().summary("labeled items");
		return summarize(summary);
	}

	/**
	 * Features of the next unlabeled items in the project's order (at most {@link LabelPropagation#MAX_UNLABELED}),
	 * computed and cached now (the pre-labeling that follows reads them from the cache).
	 */
	private float[][] nextUnlabeled(IProgressMonitor monitor) throws AssistException, StoreException {
		List<DataItem> unlabeled = new ArrayList<>();
		store.forEachItem(ItemQuery.withStatus(ItemStatus.UNLABELED), item -> {
			if (unlabeled.size() < LabelPropagation.MAX_UNLABELED) {
				unlabeled.add(item);
			}
		});
		return features(unlabeled, monitor).values().toArray(float[][]::new);
	}

	private IStatus summarize(String summary) {
		return problems.isEmpty() ? new Status(IStatus.OK, PLUGIN_ID, summary) : Status.warning(summary + "; " + problems.size() + " unreadable item(s)");
	}

	/** Bounding-box projects: proposals, crops and a head with a background class ({@link BoxDetection}). */
	private IStatus trainBoxes(LabelingProject project, List<String> classIds, SubMonitor progress) throws AssistException, StoreException {
		List<DataItem> labeled = new ArrayList<>();
		store.forEachItem(ItemQuery.withStatus(ItemStatus.LABELED, ItemStatus.ACCEPTED), item -> {
			if (item.getAnnotations().stream().anyMatch(a -> a instanceof BoundingBox && Prelabels.isTrainingLabel(a))) {
				labeled.add(item);
			}
		});
		// only items whose image reads: the held-out split must not meet a missing image later
		List<DataItem> readable = new ArrayList<>();
		for (DataItem item : labeled) {
			if (image(item) != null) {
				readable.add(item);
			}
		}
		progress.worked(5);
		if (readable.size() < 2) {
			throw new AssistException("Nothing to train on yet: " + project.getName()
					+ " needs a few items with boxes drawn by a person (with readable images).");
		}
		BoxDetection.LabeledImages images = new BoxDetection.LabeledImages() {
			@Override
			public int size() {
				return readable.size();
			}

			@Override
			public java.awt.image.BufferedImage image(int index) throws AssistException {
				java.awt.image.BufferedImage image = TrainJob.this.image(readable.get(index));
				if (image == null) {
					throw new AssistException("The image of " + readable.get(index).getPath() + " can no longer be read.");
				}
				return image;
			}

			@Override
			public String key(int index) {
				return readable.get(index).getId(); // the cache's scope is the project's models folder
			}

			@Override
			public List<BoxDetection.Box> boxes(int index) {
				List<BoxDetection.Box> boxes = new ArrayList<>();
				for (Annotation a : readable.get(index).getAnnotations()) {
					if (a instanceof BoundingBox b && Prelabels.isTrainingLabel(a) && a.getLabelClass() != null) {
						int k = classIds.indexOf(a.getLabelClass().getId());
						if (k >= 0 && b.getW() >= 1 && b.getH() >= 1) {
							boxes.add(new BoxDetection.Box(k, b.getX(), b.getY(), b.getW(), b.getH(), 0));
						}
					}
				}
				return boxes;
			}
		};
		AssistSettings settings = project.getAssistSettings();
		double target = settings == null ? 0.95 : settings.getTargetPrecision();
		model = BoxDetection.train(images, classIds, extractor, target, AssistTraining.DEFAULT_HOLD_OUT_SHARE,
				assistFolder.resolve("models"), HeadTrainer.Options.defaults(), progress.split(95)).model();
		return summarize("Box model " + model.version() + " trained on " + model.trainedOn() + " images, "
				+ model.curve().summary("held-out true boxes"));
	}
}
