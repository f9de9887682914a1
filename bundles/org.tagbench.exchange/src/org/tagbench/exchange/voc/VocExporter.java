package org.tagbench.exchange.voc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import org.tagbench.model.DataSource;
import org.tagbench.model.MediaType;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.ProjectType;
import org.tagbench.store.DataRoots;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Writes a Pascal VOC folder: {@code Annotations/<stem>.xml} per image and the image lists
 * {@code ImageSets/Main/train.txt}, {@code val.txt} and {@code trainval.txt}. Images are not copied.
 * <p>
 * Coordinates follow VOC's pixel convention: 1-based pixel indices with the maximum inclusive. A Tagbench box
 * {@code x, y, w, h} (0-based, continuous, right/bottom edge exclusive) becomes
 * {@code xmin = round(x) + 1, ymin = round(y) + 1, xmax = round(x + w), ymax = round(y + h)}, with
 * {@link Math#round} (halves up), clamped to the image when its size is known. Polygons are written as their
 * bounding box (VOC has no polygon), with one warning in the report.
 * </p>
 */
public final class VocExporter implements LabelExporter {

	public static final String FORMAT_ID = "voc";

	@Override
	public String formatId() {
		return FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "Pascal VOC XML";
	}

	@Override
	public ExportReport export(ProjectStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws ExchangeException {
		ExportSelection selection = new ExportSelection(options, store.project());
		Run run = new Run(store, selection);
		AtomicOutput.writeFolder(target, folder -> run.write(folder, monitor));
		return new ExportReport(target.toAbsolutePath(), run.items, run.validation, run.annotations, run.warnings.lines());
	}

	private static final class Run {

		private final ProjectStore store;
		private final ExportSelection selection;
		private final Warnings warnings = new Warnings();
		private final boolean detectionProject;
		private final Set<String> stems = new HashSet<>();
		private long items;
		private long validation;
		private long annotations;

		Run(ProjectStore store, ExportSelection selection) {
			this.store = store;
			this.selection = selection;
			ProjectType type = store.project().getType();
			this.detectionProject = type == ProjectType.BOUNDING_BOX || type == ProjectType.POLYGON;
		}

		void write(Path folder, IProgressMonitor monitor) throws IOException, ExchangeException {
			Path annotationsFolder = Files.createDirectories(folder.resolve("Annotations"));
			Path lists = Files.createDirectories(folder.resolve("ImageSets").resolve("Main"));
			try (BufferedWriter train = Files.newBufferedWriter(lists.resolve("train.txt"), StandardCharsets.UTF_8);
					BufferedWriter val = Files.newBufferedWriter(lists.resolve("val.txt"), StandardCharsets.UTF_8);
					BufferedWriter trainval = Files.newBufferedWriter(lists.resolve("trainval.txt"), StandardCharsets.UTF_8)) {
				if (selection.selectsNothing()) {
					return;
				}
				long total = store.count(selection.query());
				SubMonitor progress = SubMonitor.convert(monitor, "Exporting Pascal VOC", (int) Math.min(total, Integer.MAX_VALUE));
				store.forEachItem(selection.query(), item -> {
					progress.split(1);
					selection.protect(item, warnings);
					try {
						String stem = stem(item);
						Files.writeString(annotationsFolder.resolve(stem + ".xml"), xml(item), StandardCharsets.UTF_8);
						boolean isValidation = selection.isValidation(item.getId());
						(isValidation ? val : train).write(stem + "\n");
						trainval.write(stem + "\n");
						items++;
						if (isValidation) {
							validation++;
						}
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			} catch (UncheckedIOException e) {
				throw e.getCause();
			} catch (StoreException e) {
				throw new ExchangeException("Cannot read the items of " + store.location() + ": " + e.getMessage(), e);
			}
		}

		/**
		 * The XML file's name: the image's file name without extension; when two images share it (same name in two
		 * folders, or two extensions), the later one's relative path with '/' as "__", then a number.
		 */
		private String stem(DataItem item) {
			String path = item.getPath().replace('\\', '/');
			String name = path.substring(path.lastIndexOf('/') + 1);
			int dot = name.lastIndexOf('.');
			String stem = dot > 0 ? name.substring(0, dot) : name;
			if (stems.add(stem)) {
				return stem;
			}
			int pathDot = path.lastIndexOf('.');
			String longer = (pathDot > path.lastIndexOf('/') ? path.substring(0, pathDot) : path).replace("/", "__")
					+ (dot > 0 ? "_" + name.substring(dot + 1) : "");
			String candidate = longer;
			for (int n = 2; !stems.add(candidate); n++) {
				candidate = longer + "_" + n;
			}
			warnings.add("images sharing a file name were given longer annotation file names", Warnings.item(item)
					+ " -> Annotations/" + candidate + ".xml");
			return candidate;
		}

		private String xml(DataItem item) {
			String path = item.getPath().replace('\\', '/');
			int slash = path.lastIndexOf('/');
			String folder = slash >= 0 ? path.substring(0, slash) : sourceFolderName(item.getDataSource());
			StringBuilder xml = new StringBuilder(512);
			xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<annotation>\n");
			element(xml, 1, "folder", folder);
			element(xml, 1, "filename", path.substring(slash + 1));
			xml.append("\t<source>\n");
			element(xml, 2, "database", "Tagbench");
			element(xml, 2, "annotation", "Tagbench");
			xml.append("\t</source>\n\t<size>\n");
			element(xml, 2, "width", Integer.toString(item.getWidth()));
			element(xml, 2, "height", Integer.toString(item.getHeight()));
			element(xml, 2, "depth", item.getMediaType() == MediaType.DICOM ? "1" : "3");
			xml.append("\t</size>\n");
			element(xml, 1, "segmented", "0");
			for (Annotation annotation : item.getAnnotations()) {
				object(xml, item, annotation);
			}
			xml.append("</annotation>\n");
			return xml.toString();
		}

		private void object(StringBuilder xml, DataItem item, Annotation annotation) {
			if (!selection.exportable(annotation)) {
				return;
			}
			if (annotation instanceof ClassificationLabel) {
				if (!detectionProject) {
					warnings.add("classification labels are not VOC objects and were left out", Warnings.item(item));
				}
				return;
			}
			if (selection.classNumber(annotation.getLabelClass()) == 0) {
				warnings.add("annotations without a label class of the project were left out", Warnings.item(item));
				return;
			}
			if (item.getFrameCount() > 1) {
				warnings.add("multi-frame images: VOC has no frame field, so the objects of all frames were written"
						+ " together (COCO keeps them apart with frame_index)", Warnings.item(item));
			}
			double x;
			double y;
			double w;
			double h;
			if (annotation instanceof BoundingBox box) {
				x = box.getX();
				y = box.getY();
				w = box.getW();
				h = box.getH();
			} else if (annotation instanceof PolygonAnnotation polygon) {
				List<Double> points = polygon.getPoints();
				if (points.size() < 6 || points.size() % 2 != 0 || !Geometry2D.finite(points)) {
					warnings.add("polygons with fewer than 3 points or invalid coordinates were left out", Warnings.item(item));
					return;
				}
				warnings.add("polygons were exported as their bounding boxes (VOC has no polygons)", Warnings.item(item));
				double[] bounds = Geometry2D.bounds(points);
				x = bounds[0];
				y = bounds[1];
				w = bounds[2];
				h = bounds[3];
			} else {
				return;
			}
			if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(w) || !Double.isFinite(h)) {
				warnings.add("boxes with invalid coordinates were left out", Warnings.item(item));
				return;
			}
			long xmin = clamp(Math.round(x) + 1, item.getWidth());
			long ymin = clamp(Math.round(y) + 1, item.getHeight());
			long xmax = clamp(Math.round(x + w), item.getWidth());
			long ymax = clamp(Math.round(y + h), item.getHeight());
			if (xmax < xmin || ymax < ymin) {
				warnings.add("boxes smaller than a pixel or outside the image were left out", Warnings.item(item));
				return;
			}
			xml.append("\t<object>\n");
			element(xml, 2, "name", annotation.getLabelClass().getName());
			element(xml, 2, "pose", "Unspecified");
			element(xml, 2, "truncated", "0");
			element(xml, 2, "difficult", "0");
			xml.append("\t\t<bndbox>\n");
			element(xml, 3, "xmin", Long.toString(xmin));
			element(xml, 3, "ymin", Long.toString(ymin));
			element(xml, 3, "xmax", Long.toString(xmax));
			element(xml, 3, "ymax", Long.toString(ymax));
			xml.append("\t\t</bndbox>\n\t</object>\n");
			annotations++;
		}

		/** Into 1..size when the size is known (greater than 0). */
		private static long clamp(long value, int size) {
			long low = Math.max(1, value);
			return size > 0 ? Math.min(size, low) : low;
		}

		private static String sourceFolderName(DataSource source) {
			if (source == null || source.getRootUri() == null) {
				return "images";
			}
			String root;
			try {
				root = DataRoots.current().folderOf(source).toString();
			} catch (IllegalArgumentException e) {
				root = source.getRootUri(); // not a path here: its last name is still the best folder name
			}
			root = root.replace('\\', '/');
			while (root.endsWith("/") && root.length() > 1) {
				root = root.substring(0, root.length() - 1);
			}
			String name = root.substring(root.lastIndexOf('/') + 1);
			return name.isEmpty() ? "images" : name;
		}

		private static void element(StringBuilder xml, int depth, String name, String text) {
			xml.append("\t".repeat(depth)).append('<').append(name).append('>');
			escape(xml, text);
			xml.append("</").append(name).append(">\n");
		}

		private static void escape(StringBuilder xml, String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '&' -> xml.append("&amp;");
				default -> {
					if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
						xml.append(' '); // not allowed in XML 1.0
					} else {
						xml.append(c);
					}
				}
				}
			}
		}
	}
}
