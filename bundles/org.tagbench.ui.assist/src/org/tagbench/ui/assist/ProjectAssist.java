package org.tagbench.ui.assist;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.osgi.framework.FrameworkUtil;
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
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.Subscription;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.classification.ClassificationPreferences;

/**
 * The assist of one project — a folder, or a team project on a server — shared by its panel and the editors'
 * hooks: runs training and pre-labeling in the background (a {@link TrainJob}, then a {@link PredictJob}), counts
 * the labels people commit to retrain after {@link AssistSettings#getRetrainAfterLabels()} of them, and keeps the
 * feature cache for clustering grid pages. Never blocks the caller: all store and TensorFlow work happens in jobs.
 * <p>
 * A folder project keeps features and models in its {@code assist/} folder. A team project keeps them on each
 * desktop, in this bundle's state location of the workspace ({@link #teamAssistFolder}), and only its admins train
 * (their connections may write the pre-labels; {@link ProjectStore#mayWritePrelabels()}).
 * </p>
 */
public final class ProjectAssist {

	/** Where the engine keeps features and models inside a project folder. */
	public static final String FOLDER = "assist";
	private static final Map<String, ProjectAssist> ALL = new ConcurrentHashMap<>();

	/** Opens a store on the project (a new one for each job; the job closes it). */
	@FunctionalInterface
	public interface StoreOpener {
		ProjectStore open() throws StoreException;
	}

	private final Path folder;
	private final String location;
	private final Path assistFolder;
	private volatile StoreOpener opener;
	private final AtomicInteger labelsSinceTraining = new AtomicInteger();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile Run running;
	private volatile String stage = "";
	private volatile IStatus lastResult;
	private volatile FeatureCache features;
	private volatile String featuresOf;
	/** What has a team project open on this desktop ({@link #heldOpenBy}); its commits are counted while any does. */
	private final Set<Object> holders = new HashSet<>();
	/** The team's commits being counted: a store of its own and its live updates. */
	private ProjectStore commitsStore;
	private Subscription commits;

	private ProjectAssist(Path folder, String location, Path assistFolder, StoreOpener opener) {
		this.folder = folder;
		this.location = location;
		this.assistFolder = assistFolder;
		this.opener = opener;
	}

	/** The assist of the project in {@code folder} (one per folder for the whole session). */
	public static ProjectAssist of(Path folder) {
		Path normal = folder.toAbsolutePath().normalize();
		return ALL.computeIfAbsent(normal.toString(),
				key -> new ProjectAssist(normal, key, normal.resolve(FOLDER), () -> LocalProjectStore.open(normal)));
	}

	/**
	 * The assist of the team project at {@code location} (a server and project, see {@link ProjectStore#location()}),
	 * opened by {@code opener}; one per server and project for the whole session. The latest opener is used from
	 * then on (the login the project was last opened with).
	 */
	public static ProjectAssist ofTeam(String location, StoreOpener opener) {
		ProjectAssist assist = ALL.computeIfAbsent(location, key -> new ProjectAssist(null, key, teamAssistFolder(key), opener));
		assist.opener = opener;
		return assist;
	}

	/**
	 * Where this desktop keeps a team project's features and models: {@code <workspace>/.metadata/.plugins/
	 * org.tagbench.ui.assist/team/<project>-<8 hex digits of a hash of server and project>} (the project's name from
	 * {@code location}, "… (project name)"). Not on the server: features are large and only the desktop that trains
	 * reads them.
	 */
	public static Path teamAssistFolder(String location) {
		Path state = Platform.getStateLocation(FrameworkUtil.getBundle(ProjectAssist.class)).toPath();
		java.util.regex.Matcher project = java.util.regex.Pattern.compile("\\(project ([a-z0-9_]+)\\)$").matcher(location);
		String name = project.find() ? project.group(1) : "project";
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8));
			return state.resolve("team").resolve(name + "-" + HexFormat.of().formatHex(hash, 0, 4));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java runtime has SHA-256
		}
	}

	/** The project folder, or null for a team project. */
	public Path folder() {
		return folder;
	}

	/** Where the project is: its folder, or a server and project. */
	public String location() {
		return location;
	}

	/** Where the engine keeps this project's features and models. */
	public Path assistFolder() {
		return assistFolder;
	}

	/** Opens a store on the project (the caller closes it). */
	public ProjectStore openStore() throws StoreException {
		return opener.open();
	}

	/** Why a member who is not an admin of a team project cannot train. */
	public static final String ONLY_ADMINS_TRAIN = "Only the project's admins train the assist of a team project:"
			+ " its pre-labels are written on items of every labeler, which a labeler's connection may not do.";

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
	 * have come in (the first time: when every class has its minimum of labels). Bursts are checked once (one
	 * check job, rescheduled).
	 */
	public void labelsCommitted(int count) {
		labelsSinceTraining.addAndGet(count);
		retrainCheck.schedule(200);
	}

	private final Job retrainCheck = createRetrainCheck();

	private Job createRetrainCheck() {
		Job check = Job.create("Checking whether the assist should retrain", monitor -> {
			if (running != null) {
				return Status.OK_STATUS;
			}
			try (ProjectStore store = openStore()) {
				AssistSettings settings = AssistFigures.settingsOf(store.project());
				if (!settings.isEnabled() || !store.mayWritePrelabels()) {
					return Status.OK_STATUS;
				}
				boolean hasModel = latestModel().isPresent();
				boolean due = hasModel ? labelsSinceTraining.get() >= Math.max(1, settings.getRetrainAfterLabels())
						: AssistFigures.read(store).labelsMissing() == 0;
				if (due) {
					trainNow();
				}
			} catch (StoreException | AssistException e) {
				return Status.warning("The assist could not check " + location + ": " + e.getMessage(), e);
			}
			return Status.OK_STATUS;
		});
		check.setSystem(true);
		return check;
	}

	/**
	 * Team projects: {@code holder} (an editor of the project on this desktop — labeling, dashboard or the assist
	 * panel) has the project open. From the first holder to the last, every labeler's commits count towards
	 * retraining — the server's live updates of items that became LABELED, from whichever desktop — as the editors'
	 * commits do for a folder project, so the model retrains in the background whether or not the panel is open.
	 * Nothing is followed for a folder project (its editors report their commits) or on a labeler's desktop (it
	 * may not write pre-labels, so it never trains). Call {@link #releasedBy} with the same holder.
	 */
	public void heldOpenBy(Object holder) {
		synchronized (this) {
			if (folder != null || !holders.add(holder) || holders.size() > 1) {
				return;
			}
		}
		Job open = Job.create("Following the labelers' commits on " + location, monitor -> {
			ProjectStore store;
			try {
				store = openStore();
				if (!store.mayWritePrelabels()) {
					store.close();
					return Status.OK_STATUS;
				}
			} catch (StoreException e) {
				return Status.warning("The assist cannot follow the commits on " + location + ": " + e.getMessage(), e);
			}
			synchronized (ProjectAssist.this) {
				if (!holders.isEmpty() && commitsStore == null) {
					commitsStore = store;
					commits = store.addListener(change -> {
						if (ItemStatus.LABELED.getName().equals(change.status())) {
							labelsCommitted(1);
						}
					});
					return Status.OK_STATUS;
				}
			}
			closeQuietly(store); // released meanwhile
			return Status.OK_STATUS;
		});
		open.setSystem(true);
		open.schedule();
	}

	/** {@code holder} closed the project: the last one to close it stops the counting of the team's commits. */
	public void releasedBy(Object holder) {
		ProjectStore store;
		synchronized (this) {
			if (!holders.remove(holder) || !holders.isEmpty()) {
				return;
			}
			if (commits != null) {
				commits.close();
			}
			commits = null;
			store = commitsStore;
			commitsStore = null;
		}
		if (store != null) {
			closeQuietly(store);
		}
	}

	/** Whether the team's commits are being counted (commits from now on reach the count). */
	public synchronized boolean isFollowingTeamCommits() {
		return commits != null && commitsStore.isListening();
	}

	private static void closeQuietly(ProjectStore store) {
		try {
			store.close();
		} catch (StoreException e) {
			// nothing was written through it
		}
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
			super("Assist for " + (folder != null ? folder.getFileName().toString() : location));
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
			try (ProjectStore store = openStore()) {
				if (!store.mayWritePrelabels()) {
					throw new StoreException(ONLY_ADMINS_TRAIN);
				}
				FeatureExtractor extractor = extractor();
				TrainJob train = new TrainJob(store, assistFolder(), extractor);
				result = step(train, monitor);
				if (result.getSeverity() < IStatus.ERROR && !monitor.isCanceled() && train.model() != null
						&& train.model().canPrelabel()) {
					// a team project's admin also writes the clustered order to the server's queue (a folder's
					// classification editor clusters its own pages), in pages of this desktop's grid size
					PredictJob predict = new PredictJob(store, assistFolder(), extractor)
							.clusterQueue(folder == null ? ClassificationPreferences.gridSize().tiles() : 0);
					IStatus predicted = step(predict, monitor);
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
