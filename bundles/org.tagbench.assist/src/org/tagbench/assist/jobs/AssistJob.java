package org.tagbench.assist.jobs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.FeatureCache;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.model.DataItem;
import org.tagbench.model.MediaType;
import org.tagbench.store.DataRoots;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Common ground of the assist's background jobs on one project: progress, cancel, one job per project at
 * a time (a scheduling rule), and features computed once into the project's {@link FeatureCache}.
 */
public abstract class AssistJob extends Job {

	/** Family of every assist job, to find, cancel or wait for them ({@code Job.getJobManager().find(FAMILY)}). */
	public static final Object FAMILY = AssistJob.class;
	static final String PLUGIN_ID = "org.tagbench.assist";

	protected final ProjectStore store;
	protected final Path assistFolder;
	protected final FeatureExtractor extractor;
	/** Items whose image could not be read, with the reason, for the job's result. */
	protected final List<String> problems = new ArrayList<>();
	private FeatureCache cache;

	protected AssistJob(String name, ProjectStore store, Path assistFolder, FeatureExtractor extractor) {
		super(name);
		this.store = store;
		this.assistFolder = assistFolder;
		this.extractor = extractor;
		setRule(new ProjectRule(assistFolder));
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		try {
			return work(monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (AssistException | StoreException e) {
			return Status.error(e.getMessage(), e);
		}
	}

	protected abstract IStatus work(IProgressMonitor monitor) throws AssistException, StoreException;

	public List<String> problems() {
		return List.copyOf(problems);
	}

	/**
	 * Features of the items, from the cache or computed (and cached) in batches; items whose image cannot
	 * be read are left out and listed in {@link #problems()}.
	 */
	protected Map<String, float[]> features(List<DataItem> items, IProgressMonitor monitor) throws AssistException {
		FeatureCache cache = cache();
		List<DataItem> missing = items.stream().filter(i -> !cache.contains(i.getId())).toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Computing image features", Math.max(1, missing.size()));
		int batch = extractor.preferredBatchSize();
		for (int start = 0; start < missing.size(); start += batch) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<DataItem> part = missing.subList(start, Math.min(missing.size(), start + batch));
			List<BufferedImage> images = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			for (DataItem item : part) {
				BufferedImage image = image(item);
				if (image != null) {
					images.add(image);
					ids.add(item.getId());
				}
			}
			float[][] vectors = extractor.extract(images);
			Map<String, float[]> computed = new LinkedHashMap<>();
			for (int k = 0; k < ids.size(); k++) {
				computed.put(ids.get(k), vectors[k]);
			}
			cache.put(computed);
			progress.worked(part.size());
		}
		Map<String, float[]> result = new LinkedHashMap<>();
		for (DataItem item : items) {
			float[] vector = cache.get(item.getId());
			if (vector != null) {
				result.put(item.getId(), vector);
			}
		}
		return result;
	}

	/** The feature cache of this job's backbone, read once per job. */
	protected FeatureCache cache() throws AssistException {
		if (cache == null) {
			cache = FeatureCache.open(assistFolder, extractor);
		}
		return cache;
	}

	/** The item's image, or null (with the reason in {@link #problems()}) when it cannot be read. */
	protected BufferedImage image(DataItem item) {
		Path file = file(item);
		if (item.getMediaType() == MediaType.DICOM) {
			try {
				return file == null ? null : org.tagbench.assist.internal.DicomFrames.firstFrameGrey(file);
			} catch (org.tagbench.imaging.MediaException | RuntimeException e) {
				problems.add((file == null ? item.getPath() : file) + ": " + e.getMessage());
				return null;
			}
		}
		try {
			BufferedImage image = file == null ? null : ImageIO.read(file.toFile());
			if (image == null) {
				problems.add((file == null ? item.getPath() : file) + ": not a readable image");
			}
			return image;
		} catch (IOException | RuntimeException e) {
			problems.add(file + ": " + e.getMessage());
			return null;
		}
	}

	static Path file(DataItem item) {
		return DataRoots.current().fileOf(item);
	}

	/** One assist job per project at a time: they share the feature cache and model folder. */
	private record ProjectRule(Path folder) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof ProjectRule other && other.folder.equals(folder);
		}
	}
}
