package org.tagbench.exchange.coco;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.AtomicOutput;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.LabelExporter;
import org.tagbench.exchange.detection.ExportSelection;
import org.tagbench.exchange.detection.Geometry2D;
import org.tagbench.exchange.detection.Warnings;
import org.tagbench.model.Annotation;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;

/**
 * Writes COCO object detection / instance segmentation JSON (https://cocodataset.org/#format-data).
 * <p>
 * The document is streamed: one pass over the items writes {@code annotations} straight to the output and the
 * {@code images} entries to a spool file beside it, copied in at the end, so memory does not grow with the
 * project. Keys come in the order {@code info, licenses, categories, annotations, images} (JSON objects are
 * unordered), one array entry per line. With a validation split, {@code <name>_train.json} and
 * {@code <name>_val.json} are written beside the target name instead of the target itself; image and
 * annotation ids are unique across both files.
 * </p>
 */
public final class CocoExporter implements LabelExporter {

	/**
	 * Our extra annotation field for multi-frame images (DICOM): the 0-based frame whose pixel space the
	 * coordinates are in. Written only for items with more than one frame; COCO readers ignore unknown fields.
	 */
	public static final String FRAME_INDEX = "frame_index";

	/** The frame to record for {@code annotation}, or -1 for single-frame items. */
	static int frameOf(DataItem item, org.tagbench.model.Annotation annotation) {
		return item.getFrameCount() > 1 ? Math.max(0, annotation.getFrameIndex()) : -1;
	}

	public static final String FORMAT_ID = "coco";

	@Override
	public String formatId() {
		return FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "COCO JSON";
	}

	@Override
	public String targetSuffix() {
		return ".json";
	}

	/** The two files a split export writes for {@code target}: {@code name_train.json}, {@code name_val.json}. */
	public static Path[] splitFiles(Path target) {
		Path absolute = target.toAbsolutePath();
		String name = absolute.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : ".json";
		return new Path[] { absolute.resolveSibling(stem + "_train" + extension),
				absolute.resolveSibling(stem + "_val" + extension) };
	}

	@Override
	public ExportReport export(ProjectStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws ExchangeException {
		ExportSelection selection = new ExportSelection(options, store.project());
		Run run = new Run(store, selection);
		if (!selection.hasSplit()) {
			AtomicOutput.writeFile(target, out -> run.write(target, List.of(out), monitor));
			return run.report(target.toAbsolutePath());
		}
		Path[] files = splitFiles(target);
		boolean[] validationWritten = { false };
		try {
			AtomicOutput.writeFile(files[0], train -> {
				AtomicOutput.writeFile(files[1], validation -> run.write(files[0], List.of(train, validation), monitor));
				validationWritten[0] = true;
			});
		} catch (ExchangeException | RuntimeException e) {
			if (validationWritten[0]) {
				try {
					Files.deleteIfExists(files[1]);
				} catch (IOException ignored) {
					// the message below names the training file, which is not there
				}
			}
			throw e;
		}
		return run.report(files[0]);
	}

	/** One export: writes the outputs (training, then validation if split) in one pass over the items. */
	private static final class Run {

		private final ProjectStore store;
		private final ExportSelection selection;
		private final Warnings warnings = new Warnings();
		private final boolean detectionProject;
		private long items;
		private long validation;
		private long annotations;
		private long nextImageId = 1;
		private long nextAnnotationId = 1;

		Run(ProjectStore store, ExportSelection selection) {
			this.store = store;
			this.selection = selection;
			ProjectType type = store.project().getType();
			this.detectionProject = type == ProjectType.BOUNDING_BOX || type == ProjectType.POLYGON;
		}

		ExportReport report(Path target) {
			return new ExportReport(target, items, validation, annotations, warnings.lines());
		}

		void write(Path spoolBeside, List<OutputStream> outs, IProgressMonitor monitor) throws IOException, ExchangeException {
			List<Output> outputs = new ArrayList<>();
			try {
				for (OutputStream out : outs) {
					Path spool = Files.createTempFile(spoolBeside.toAbsolutePath().getParent(),
							"." + spoolBeside.getFileName() + ".", ".images.partial");
					outputs.add(new Output(out, spool));
				}
				for (Output output : outputs) {
					output.begin(store.project());
				}
				long total = selection.selectsNothing() ? 0 : store.count(selection.query());
				SubMonitor progress = SubMonitor.convert(monitor, "Exporting COCO JSON", (int) Math.min(total, Integer.MAX_VALUE));
				if (!selection.selectsNothing()) {
					store.forEachItem(selection.query(), item -> {
						progress.split(1);
						selection.protect(item, warnings);
						try {
							boolean isValidation = outputs.size() > 1 && selection.isValidation(item.getId());
							item(item, outputs.get(isValidation ? 1 : 0));
							items++;
							if (isValidation) {
								validation++;
							}
						} catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					});
				}
				for (Output output : outputs) {
					output.end();
				}
			} catch (UncheckedIOException e) {
				throw e.getCause();
			} catch (StoreException e) {
				if (e.getCause() != null && e.getCause().getCause() instanceof IOException io) {
					throw io;
				}
				throw new ExchangeException("Cannot read the items of " + store.location() + ": " + e.getMessage(), e);
			} finally {
				for (Output output : outputs) {
					output.deleteSpool();
				}
			}
		}

		private void item(DataItem item, Output output) throws IOException {
			long imageId = nextImageId++;
			output.image(imageId, item);
			for (Annotation annotation : item.getAnnotations()) {
				if (!selection.exportable(annotation)) {
					continue;
				}
				if (annotation instanceof ClassificationLabel) {
					if (!detectionProject) {
						warnings.add("classification labels are not COCO detection annotations and were left out",
								Warnings.item(item));
					}
					continue;
				}
				int category = selection.classNumber(annotation.getLabelClass());
				if (category == 0) {
					warnings.add("annotations without a label class of the project were left out", Warnings.item(item));
					continue;
				}
				if (annotation instanceof BoundingBox box) {
					if (!Double.isFinite(box.getX()) || !Double.isFinite(box.getY()) || !(box.getW() > 0)
							|| !(box.getH() > 0) || !Double.isFinite(box.getW()) || !Double.isFinite(box.getH())) {
						warnings.add("boxes with no area or invalid coordinates were left out", Warnings.item(item));
						continue;
					}
					output.box(nextAnnotationId++, imageId, category, box, frameOf(item, box));
					annotations++;
				} else if (annotation instanceof PolygonAnnotation polygon) {
					List<Double> points = polygon.getPoints();
					if (points.size() < 6 || points.size() % 2 != 0 || !Geometry2D.finite(points)) {
						warnings.add("polygons with fewer than 3 points or invalid coordinates were left out",
								Warnings.item(item));
						continue;
					}
					output.polygon(nextAnnotationId++, imageId, category, points, frameOf(item, polygon));
					annotations++;
				}
			}
		}
	}

	/** One COCO document being written. */
	private static final class Output {

		private final Writer out;
		private final JsonWriter json;
		private final Path spool;
		private final Writer spoolOut;
		private final JsonWriter spoolJson;
		private final OutputStream stream;
		private boolean firstAnnotation = true;
		private boolean firstImage = true;

		Output(OutputStream stream, Path spool) throws IOException {
			this.stream = stream;
			this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
			this.json = lenient(out);
			this.spool = spool;
			this.spoolOut = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
			this.spoolJson = lenient(spoolOut);
		}

		/** Lenient only so that one writer can write many top-level values (array entries we separate ourselves). */
		private static JsonWriter lenient(Writer writer) {
			JsonWriter json = new JsonWriter(writer);
			json.setStrictness(Strictness.LENIENT);
			json.setHtmlSafe(false);
			return json;
		}

		void begin(LabelingProject project) throws IOException {
			out.write("{\"info\": ");
			json.beginObject();
			json.name("description").value(project.getName() == null ? "" : project.getName());
			json.name("version").value("1.0");
			json.name("year").value(LocalDate.now(ZoneOffset.UTC).getYear());
			json.name("contributor").value("Tagbench");
			json.name("date_created").value(LocalDate.now(ZoneOffset.UTC).toString());
			json.endObject();
			out.write(",\n\"licenses\": [],\n\"categories\": [");
			boolean first = true;
			int number = 0;
			for (LabelClass labelClass : project.getLabelClasses()) {
				number++;
				out.write(first ? "\n" : ",\n");
				first = false;
				json.beginObject();
				json.name("id").value(number);
				json.name("name").value(labelClass.getName());
				String group = labelClass.getGroup();
				json.name("supercategory").value(group == null || group.isBlank() ? "none" : group);
				json.endObject();
			}
			out.write("\n],\n\"annotations\": [");
		}

		void image(long id, DataItem item) throws IOException {
			spoolOut.write(firstImage ? "\n" : ",\n");
			firstImage = false;
			spoolJson.beginObject();
			spoolJson.name("id").value(id);
			spoolJson.name("file_name").value(item.getPath());
			spoolJson.name("width").value(item.getWidth());
			spoolJson.name("height").value(item.getHeight());
			spoolJson.endObject();
		}

		void box(long id, long imageId, int category, BoundingBox box, int frame) throws IOException {
			startAnnotation(id, imageId, category);
			json.name("bbox").beginArray();
			number(box.getX());
			number(box.getY());
			number(box.getW());
			number(box.getH());
			json.endArray();
			json.name("area");
			number(box.getW() * box.getH());
			json.name("iscrowd").value(0);
			frame(frame);
			json.endObject();
		}

		void polygon(long id, long imageId, int category, List<Double> points, int frame) throws IOException {
			startAnnotation(id, imageId, category);
			json.name("segmentation").beginArray().beginArray();
			for (Double value : points) {
				number(value);
			}
			json.endArray().endArray();
			double[] bounds = Geometry2D.bounds(points);
			json.name("bbox").beginArray();
			for (double value : bounds) {
				number(value);
			}
			json.endArray();
			json.name("area");
			number(Geometry2D.area(points));
			json.name("iscrowd").value(0);
			frame(frame);
			json.endObject();
		}

		/** {@value #FRAME_INDEX}: which frame of a multi-frame image (DICOM) the coordinates belong to. */
		private void frame(int frame) throws IOException {
			if (frame >= 0) {
				json.name(FRAME_INDEX).value(frame);
			}
		}

		private void startAnnotation(long id, long imageId, int category) throws IOException {
			out.write(firstAnnotation ? "\n" : ",\n");
			firstAnnotation = false;
			json.beginObject();
			json.name("id").value(id);
			json.name("image_id").value(imageId);
			json.name("category_id").value(category);
		}

		/** Whole numbers without a fraction ("12", not "12.0"). */
		private void number(double value) throws IOException {
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				json.value((long) value);
			} else {
				json.value(value);
			}
		}

		void end() throws IOException {
			out.write(firstAnnotation ? "],\n\"images\": [" : "\n],\n\"images\": [");
			spoolOut.close();
			out.flush();
			Files.copy(spool, stream);
			out.write(firstImage ? "]}\n" : "\n]}\n");
			out.flush();
		}

		void deleteSpool() {
			try {
				spoolOut.close();
			} catch (IOException ignored) {
				// deleted below
			}
			try {
				Files.deleteIfExists(spool);
			} catch (IOException ignored) {
				// best effort, like AtomicOutput's own leftovers
			}
		}
	}
}
