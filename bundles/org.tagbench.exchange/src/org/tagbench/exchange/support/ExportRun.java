package org.tagbench.exchange.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.store.DataRoots;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * One export: visits the items the options select, with the annotations they select, in the store's order,
 * assigns each its split, reports progress (cancel throws {@code OperationCanceledException}) and counts.
 */
public final class ExportRun {

	/** What an exporter does with one item. */
	@FunctionalInterface
	public interface ItemWriter {
		/**
		 * @param annotations the item's annotations the options select, each with a label class
		 * @return how many annotations were written
		 */
		int write(DataItem item, List<Annotation> annotations, boolean validation) throws IOException, ExchangeException;
	}

	private final ProjectStore store;
	private final ExportOptions options;
	private final List<String> warnings = new ArrayList<>();
	private final Map<String, Long> summaries = new TreeMap<>();
	private final Map<String, Integer> classIndex = new HashMap<>();
	private long items;
	private long validation;
	private long annotations;

	public ExportRun(ProjectStore store, ExportOptions options) {
		this.store = store;
		this.options = options;
		List<LabelClass> classes = store.project().getLabelClasses();
		for (int i = 0; i < classes.size(); i++) {
			classIndex.put(classes.get(i).getId(), i);
		}
	}

	public ExportOptions options() {
		return options;
	}

	public ProjectStore store() {
		return store;
	}

	/** The class names in project order (their index is the class index of index-based formats). */
	public List<String> classNames() {
		return store.project().getLabelClasses().stream().map(LabelClass::getName).toList();
	}

	public int classIndex(LabelClass labelClass) {
		return classIndex.get(labelClass.getId());
	}

	/** A warning about one item or annotation. */
	public void warn(String warning) {
		warnings.add(warning);
	}

	/** Counts a kind of left-out annotation, reported once at the end as "{count} {what}". */
	public void leftOut(String what) {
		summaries.merge(what, 1L, Long::sum);
	}

	public void forEachItem(IProgressMonitor monitor, String task, ItemWriter writer)
			throws IOException, ExchangeException {
		if (options.statuses().isEmpty()) {
			warn("no item status selected: nothing exported");
			return;
		}
		ItemQuery query = ItemQuery.all().statuses(options.statuses());
		try {
			SubMonitor progress = SubMonitor.convert(monitor, task, (int) Math.min(Integer.MAX_VALUE, store.count(query)));
			store.forEachItem(query, item -> {
				progress.split(1);
				PatientNames.protect(item, options.deidentify(), this::countPseudonym);
				List<Annotation> selected = new ArrayList<>();
				for (Annotation annotation : item.getAnnotations()) {
					if (annotation.getSource() == AnnotationSource.PRELABEL && !options.includePrelabels()) {
						continue;
					}
					if (annotation.getLabelClass() == null || !classIndex.containsKey(annotation.getLabelClass().getId())) {
						warn("item " + item.getId() + " (" + item.getPath() + "): annotation " + annotation.getId()
								+ " has no label class of the project, left out");
						continue;
					}
					selected.add(annotation);
				}
				boolean inValidation = options.isValidation(item.getId());
				try {
					int written = writer.write(item, selected, inValidation);
					if (written >= 0) {
						items++;
						annotations += written;
						if (inValidation) {
							validation++;
						}
					}
				} catch (IOException | ExchangeException e) {
					throw new Failure(e);
				}
			});
		} catch (Failure failure) {
			if (failure.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ExchangeException) failure.getCause();
		} catch (StoreException e) {
			if (e.getCause() != null && e.getCause().getCause() instanceof Failure failure) {
				if (failure.getCause() instanceof IOException io) {
					throw io;
				}
				throw (ExchangeException) failure.getCause();
			}
			throw new ExchangeException("Cannot read the items of " + store.location() + ": " + e.getMessage(), e);
		}
	}

	private void countPseudonym(String why) {
		summaries.merge("DICOM items exported under the pseudonym dicom/<item id>.dcm (" + why + ")", 1L, Long::sum);
	}

	/** The report; {@code ItemWriter}s return -1 for items they left out (and warned about). */
	public ExportReport report(Path target) {
		List<String> all = new ArrayList<>(warnings);
		summaries.forEach((what, count) -> all.add(count + " " + what));
		return new ExportReport(target.toAbsolutePath(), items, validation, annotations, List.copyOf(all));
	}

	/** The absolute path of an item's image on this desktop ({@link DataRoots}); its bare path without a data source. */
	public static Path imagePath(DataItem item) {
		Path file = DataRoots.current().fileOf(item);
		return (file == null ? Path.of(item.getPath()) : file).toAbsolutePath().normalize();
	}

	/** Carries an exporter's checked exception through the store's visitor. */
	private static final class Failure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Failure(Exception cause) {
			super(cause.getMessage(), cause);
		}
	}
}
