package org.tagbench.exchange.yolo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.exchange.AtomicOutput;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.LabelExporter;
import org.tagbench.exchange.support.ExportRun;
import org.tagbench.exchange.support.Numbers;
import org.tagbench.model.Annotation;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.store.ProjectStore;

/**
 * YOLO detect ({@code yolo}: {@code class cx cy w h}) and YOLO segment ({@code yolo-seg}:
 * {@code class x0 y0 x1 y1 …}), normalised by the image size, into a folder:
 * {@code labels/<train|val>/<image stem>.txt}, {@code train.txt}/{@code val.txt} (absolute image paths),
 * {@code classes.txt} and {@code data.yaml}. Images are never copied. See docs/FORMATS.md.
 */
public final class YoloExporter implements LabelExporter {

	private final boolean segment;

	private YoloExporter(boolean segment) {
		this.segment = segment;
	}

	public static YoloExporter detect() {
		return new YoloExporter(false);
	}

	public static YoloExporter segment() {
		return new YoloExporter(true);
	}

	@Override
	public String formatId() {
		return segment ? YoloImporter.SEGMENT_ID : YoloImporter.DETECT_ID;
	}

	@Override
	public String displayName() {
		return segment ? "YOLO segment (polygons)" : "YOLO detect (boxes)";
	}

	@Override
	public ExportReport export(ProjectStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws ExchangeException {
		ExportRun run = new ExportRun(store, options);
		boolean split = options.validationFraction() > 0;
		Path finalTarget = target.toAbsolutePath().normalize();
		AtomicOutput.writeFolder(target, folder -> {
			Path trainLabels = Files.createDirectories(folder.resolve("labels/train"));
			Path valLabels = split ? Files.createDirectories(folder.resolve("labels/val")) : trainLabels;
			Set<String> trainStems = new HashSet<>();
			Set<String> valStems = new HashSet<>();
			try (BufferedWriter train = Files.newBufferedWriter(folder.resolve("train.txt"), StandardCharsets.UTF_8);
					BufferedWriter val = split ? Files.newBufferedWriter(folder.resolve("val.txt"), StandardCharsets.UTF_8)
							: null) {
				run.forEachItem(monitor, "Exporting " + displayName(), (item, annotations, validation) -> {
					String where = "item " + item.getId() + " (" + item.getPath() + ")";
					if (item.getWidth() <= 0 || item.getHeight() <= 0) {
						run.warn(where + ": image size unknown (width/height 0), left out: YOLO coordinates are"
								+ " relative to it");
						return -1;
					}
					String stem = stem(item.getPath());
					if (stem == null) {
						run.warn(where + ": no usable file name for a label file, left out");
						return -1;
					}
					Path labels = validation ? valLabels : trainLabels;
					Path file = labels.resolve(stem + ".txt").normalize();
					if (!file.getParent().equals(labels)) {
						run.warn(where + ": label file name " + stem + ".txt would leave the labels folder, left out");
						return -1;
					}
					if (!(validation ? valStems : trainStems).add(stem)) {
						run.warn(where + ": another image of the " + (validation ? "val" : "train")
								+ " split is also named " + stem + " (YOLO finds labels by file stem), left out");
						return -1;
					}
					StringBuilder text = new StringBuilder();
					int written = 0;
					for (Annotation annotation : annotations) {
						String line = line(run, item, annotation);
						if (line != null) {
							text.append(line).append('\n');
							written++;
						}
					}
					Files.writeString(file, text, StandardCharsets.UTF_8);
					BufferedWriter list = validation ? val : train;
					list.write(ExportRun.imagePath(item).toString());
					list.write('\n');
					return written;
				});
			}
			List<String> names = run.classNames();
			Files.writeString(folder.resolve("classes.txt"), names.isEmpty() ? "" : String.join("\n", names) + "\n",
					StandardCharsets.UTF_8);
			StringBuilder yaml = new StringBuilder();
			yaml.append("# YOLO ").append(segment ? "segment" : "detect").append(" dataset written by Tagbench.\n");
			yaml.append("# Labels: labels/train").append(split ? ", labels/val" : "")
					.append("; images (not copied) are listed in train.txt").append(split ? " and val.txt" : "")
					.append(".\n");
			yaml.append("path: ").append(YoloYaml.quote(finalTarget.toString())).append('\n');
			yaml.append("train: train.txt\n");
			yaml.append("val: ").append(split ? "val.txt" : "train.txt").append('\n');
			yaml.append("nc: ").append(names.size()).append('\n');
			yaml.append("names:").append(names.isEmpty() ? " {}" : "").append('\n');
			for (int i = 0; i < names.size(); i++) {
				yaml.append("  ").append(i).append(": ").append(YoloYaml.quote(names.get(i))).append('\n');
			}
			Files.writeString(folder.resolve("data.yaml"), yaml, StandardCharsets.UTF_8);
		});
		return run.report(target);
	}

	/** One label line, or null (warned or counted) when the annotation cannot be written. */
	private String line(ExportRun run, DataItem item, Annotation annotation) {
		double width = item.getWidth();
		double height = item.getHeight();
		String where = "item " + item.getId() + " (" + item.getPath() + "): annotation " + annotation.getId();
		double[] points;
		if (annotation instanceof BoundingBox box) {
			double x0 = Math.max(0, box.getX());
			double y0 = Math.max(0, box.getY());
			double x1 = Math.min(width, box.getX() + box.getW());
			double y1 = Math.min(height, box.getY() + box.getH());
			if (!(x1 > x0 && y1 > y0)) {
				run.warn(where + ": box empty or outside the image, left out");
				return null;
			}
			points = new double[] { x0, y0, x1, y0, x1, y1, x0, y1 };
		} else if (annotation instanceof PolygonAnnotation polygon) {
			List<Double> values = polygon.getPoints();
			if (values.size() < 6 || values.size() % 2 != 0) {
				run.warn(where + ": polygon with " + values.size() / 2 + " points, left out");
				return null;
			}
			points = new double[values.size()];
			for (int i = 0; i < points.length; i += 2) {
				points[i] = clamp(values.get(i), width);
				points[i + 1] = clamp(values.get(i + 1), height);
			}
		} else {
			run.leftOut("whole-image labels left out: YOLO holds boxes and polygons only");
			return null;
		}
		StringBuilder line = new StringBuilder().append(run.classIndex(annotation.getLabelClass()));
		if (segment) {
			for (int i = 0; i < points.length; i += 2) {
				line.append(' ').append(Numbers.format(points[i] / width)).append(' ')
						.append(Numbers.format(points[i + 1] / height));
			}
			return line.toString();
		}
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (int i = 0; i < points.length; i += 2) {
			x0 = Math.min(x0, points[i]);
			x1 = Math.max(x1, points[i]);
			y0 = Math.min(y0, points[i + 1]);
			y1 = Math.max(y1, points[i + 1]);
		}
		if (!(x1 > x0 && y1 > y0)) {
			run.warn(where + ": polygon without area inside the image, left out");
			return null;
		}
		return line.append(' ').append(Numbers.format((x0 + x1) / 2 / width)).append(' ')
				.append(Numbers.format((y0 + y1) / 2 / height)).append(' ').append(Numbers.format((x1 - x0) / width))
				.append(' ').append(Numbers.format((y1 - y0) / height)).toString();
	}

	private static double clamp(double value, double max) {
		return Math.max(0, Math.min(max, value));
	}

	/** The file name of a path without its extension; null when unusable as a file name. */
	static String stem(String path) {
		String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return stem.isEmpty() || stem.equals(".") || stem.equals("..") || stem.contains("\u0000") ? null : stem;
	}
}
