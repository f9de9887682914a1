package org.tagbench.ui.assist;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.AssistModels;
import org.tagbench.assist.FeatureCache;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.jobs.AssistJob;
import org.tagbench.assist.jobs.PredictJob;
import org.tagbench.assist.jobs.TrainJob;
import org.tagbench.model.AssistSettings;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;

/**
 * The assist of one project folder, shared by its panel and the editors' hooks: runs training and
 * pre-labeling in the background (a {@link TrainJob}, then a {@link PredictJob}), counts the labels people
 * commit to retrain after {@link AssistSettings#getRetrainAfterLabels()} of them, and keeps the feature cache
 * for clustering grid pages. Never blocks the caller: all store and TensorFlow work happens in jobs.
 */
public final class ProjectAssist {

	/** Where the engine keeps features and models inside a project folder. */
	public static final String FOLDER = "assist";
	private static final Map<Path, ProjectAssist> ALL = new ConcurrentHashMap<>();

	private final Path folder;
	private final AtomicInteger labelsSinceTraining = new AtomicInteger();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile Run running;
	private volatile String stage = "";
	private volatile IStatus lastResult;
	private volatile FeatureCache features;
	private volatile String featuresOf;

	private ProjectAssist(Path folder) {
		this.folder = folder;
	}

	/** The assist of the project in {@code folder} (one per folder for the whole session). */
	public static ProjectAssist of(Path folder) {
		return ALL.computeIfAbsent(folder.toAbsolutePath().normalize(), ProjectAssist::new);
	}

	public Path folder() {
		return folder;
	}

	public Path assistFolder() {
		return folder.resolve(FOLDER);
	}

	/** The newest trained model, if any. */
	public Optional<AssistModel> latestModel() throws AssistException {
		return AssistModels.latest(assistFolder().resolve("models"));
	}

	public boolean isRunning() {
		return running != null;
	}

	/** What the running training is doing ("Training the assist model", "Pre-labeling …"); empty when idle. */
	public String stage() {
		return running != null ? stage : "";
	}

	/** How the last training ended (its summary), or null before the first. */
	public IStatus lastResult() {
		return lastResult;
	}

	/** Labels people committed since the last training started (this session). */
	public int labelsSinceTraining() {
		return labelsSinceTraining.get();
	}

	/** Called (on any thread) when training starts or ends; listeners get to the UI thread themselves. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}

	/**
	 * Trains the next model version and, when it reaches the target precision, pre-labels the unlabeled items
	 * with it. Returns the job doing it (the running one if a training is under way already).
	 */
	public synchronized Job trainNow() {
		Run run = running;
		if (run != null) {
			return run;
		}
		run = new Run();
		running = run;
		labelsSinceTraining.set(0);
		run.schedule();
		changed();
		return run;
	}

	/** Cancels a running training or pre-labeling; what was written stays. */
	public void cancel() {
		Run run = running;
		if (run != null) {
			run.cancel();
		}
	}

	/**
	 * People committed {@code count} labels: when the assist is on, retrain in the background once enough
	 * have come in (the first time: when every class has its minimum of labels).
	 */
	public void labelsCommitted(int count) {
		int since = labelsSinceTraining.addAndGet(count);
		Job check = Job.create("Checking whether the assist should retrain", monitor -> {
			if (running != null) {
				return Status.OK_STATUS;
			}
			try (ProjectStore store = LocalProjectStore.open(folder)) {
				AssistSettings settings = AssistFigures.settingsOf(store.project());
				if (!settings.isEnabled()) {
					return Status.OK_STATUS;
				}
				boolean hasModel = latestModel().isPresent();
				boolean due = hasModel ? since >= Math.max(1, settings.getRetrainAfterLabels())
						: AssistFigures.read(store).labelsMissing() == 0;
				if (due) {
					trainNow();
				}
			} catch (StoreException | AssistException e) {
				return Status.warning("The assist could not check " + folder + ": " + e.getMessage(), e);
			}
			return Status.OK_STATUS;
		});
		check.setSystem(true);
		check.schedule();
	}

	/**
	 * Embeddings of the items the assist has seen (for clustering), when the newest model's features are
	 * loaded; empty until the first pre-labeling run loaded them (never read on the caller's thread).
	 */
	public Optional<FeatureCache> features() {
		FeatureCache cache = features;
		if (cache == null && running == null && featuresOf == null) {
			featuresOf = ""; // load once in the background
			Job load = Job.create("Loading assist features", monitor -> {
				loadFeatures();
				return Status.OK_STATUS;
			});
			load.setSystem(true);
			load.schedule();
		}
		return Optional.ofNullable(cache);
	}

	private void loadFeatures() {
		try {
			Optional<AssistModel> model = latestModel();
			if (model.isPresent()) {
				Optional<FeatureExtractor> extractor = FeatureExtractors.find(model.get().extractorId());
				if (extractor.isPresent()) {
					features = FeatureCache.open(assistFolder(), extractor.get());
					featuresOf = model.get().version();
				}
			}
		} catch (AssistException e) {
			features = null; // no clustering; the panel shows the problem when it reads the model
		}
	}

	/** The backbone: the project's choice, else the newest model's, else the built-in one, else any registered. */
	private FeatureExtractor extractor() throws AssistException {
		return FeatureExtractors.forTraining(assistFolder(), latestModel().map(AssistModel::extractorId).orElse(null));
	}

	/** Train, then pre-label: the engine's two jobs run one after the other under this one (cancel reaches both). */
	private final class Run extends Job {

		private volatile AssistJob current;

		Run() {
			super("Assist for " + folder.getFileName());
			setSystem(false);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == AssistJob.FAMILY || family == ProjectAssist.this;
		}

		@Override
		protected void canceling() {
			AssistJob job = current;
			if (job != null) {
				job.cancel();
			}
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			IStatus result;
			try (ProjectStore store = LocalProjectStore.open(folder)) {
				FeatureExtractor extractor = extractor();
				TrainJob train = new TrainJob(store, assistFolder(), extractor);
				result = step(train, monitor);
				if (result.getSeverity() < IStatus.ERROR && !monitor.isCanceled() && train.model() != null
						&& train.model().canPrelabel()) {
					IStatus predicted = step(new PredictJob(store, assistFolder(), extractor), monitor);
					result = predicted.isOK() ? Status.info(result.getMessage() + "; " + predicted.getMessage()) : predicted;
				}
			} catch (StoreException | AssistException e) {
				result = Status.error(e.getMessage(), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				result = Status.CANCEL_STATUS;
			} finally {
				current = null;
			}
			lastResult = result;
			features = null;
			featuresOf = null;
			running = null;
			loadFeatures();
			changed();
			// failures are shown in the panel; a warning or error here would also pop up a dialog
			return result.matches(IStatus.CANCEL) ? Status.CANCEL_STATUS : Status.OK_STATUS;
		}

		private IStatus step(AssistJob job, IProgressMonitor monitor) throws InterruptedException {
			stage = job.getName();
			monitor.subTask(job.getName());
			changed();
			current = job;
			// the panel shows failures: no error dialog popping up from a background job
			job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
			job.schedule();
			job.join();
			current = null;
			return job.getResult() != null ? job.getResult() : Status.CANCEL_STATUS;
		}
	}
}
