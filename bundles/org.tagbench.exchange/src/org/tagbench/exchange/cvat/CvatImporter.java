package org.tagbench.exchange.cvat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.LabelImporter;
import org.tagbench.exchange.support.ImportRun;
import org.tagbench.exchange.support.Numbers;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ProjectStore;

/**
 * Reads "CVAT for images 1.1" XML: each {@code <image name width height>} with its {@code <box label xtl ytl
 * xbr ybr>}, {@code <polygon label points="x,y;x,y;…">} and {@code <tag label>} (pixel coordinates). The
 * file is read with the JDK's StAX parser, streaming, with DTDs and external entities disabled; a document
 * with a DOCTYPE is refused, so no entity (external or not) is ever expanded or fetched.
 */
public final class CvatImporter implements LabelImporter {

	public static final String FORMAT_ID = "cvat";

	private static final Set<String> UNSUPPORTED = Set.of("polyline", "points", "mask", "ellipse", "cuboid", "skeleton");

	@Override
	public String formatId() {
		return FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "CVAT for images 1.1 XML";
	}

	static XMLInputFactory safeFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("external entity " + systemId + " refused");
		});
		return factory;
	}

	@Override
	public ImportReport importLabels(ProjectStore store, Path source, ImportOptions options, IProgressMonitor monitor)
			throws ExchangeException {
		String file = source.getFileName().toString();
		ImportRun run = new ImportRun(store, options);
		SubMonitor whole = SubMonitor.convert(monitor, "Importing " + file, 2);
		SubMonitor progress = whole.split(1);
		XMLStreamReader xml = null;
		try (InputStream in = Files.newInputStream(source)) {
			xml = safeFactory().createXMLStreamReader(in);
			boolean root = true;
			String image = null;
			int imageLine = 0;
			boolean imageOk = false;
			List<Annotation> imported = new ArrayList<>();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw new ExchangeException(file + " line " + xml.getLocation().getLineNumber()
							+ ": a DOCTYPE is not allowed (CVAT does not write one; entities are refused)");
				}
				if (event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new ExchangeException(file + " line " + xml.getLocation().getLineNumber()
							+ ": entity reference &" + xml.getLocalName() + "; refused");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					int line = xml.getLocation().getLineNumber();
					String where = file + " line " + line;
					if (root) {
						root = false;
						if (!name.equals("annotations")) {
							throw new ExchangeException(where + ": expected <annotations> (CVAT for images 1.1), found <" + name + ">");
						}
					} else if (name.equals("image")) {
						progress.setWorkRemaining(100).split(1);
						image = xml.getAttributeValue(null, "name");
						imageLine = line;
						imageOk = image != null && !image.isBlank();
						imported.clear();
						if (!imageOk) {
							run.problem(where + ": <image> name: missing");
						}
					} else if (name.equals("track")) {
						run.problem(where + ": <track> (CVAT for video) is not supported, skipped");
					} else if (image != null && imageOk) {
						try {
							shape(xml, name, where, run, imported);
						} catch (Problem problem) {
							run.problem(problem.getMessage());
						}
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("image")) {
					if (imageOk && !imported.isEmpty()) {
						store(run, image, imported);
					}
					image = null;
					imageOk = false;
				}
			}
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
			String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("(?s)^ParseError at .*?Message: ", "");
			throw new ExchangeException(file + (line > 0 ? " line " + line : "") + ": not valid XML: " + message, e);
		} catch (IOException e) {
			throw new ExchangeException("Cannot read " + source + ": " + e.getMessage(), e);
		} finally {
			if (xml != null) {
				try {
					xml.close();
				} catch (XMLStreamException e) {
					// reading is over
				}
			}
		}
		return run.apply(whole.split(1));
	}

	private static void store(ImportRun run, String image, List<Annotation> imported) throws ExchangeException {
		Optional<String> id = run.find(image);
		Optional<DataItem> item = id.isEmpty() ? Optional.empty() : run.item(id.get());
		if (item.isEmpty()) {
			run.unmatched(image);
			return;
		}
		run.stage(item.get().getId(), imported, true);
	}

	private static void shape(XMLStreamReader xml, String name, String where, ImportRun run, List<Annotation> out)
			throws Problem, ExchangeException {
		switch (name) {
		case "box": {
			double xtl = number(xml, "box", "xtl", where);
			double ytl = number(xml, "box", "ytl", where);
			double xbr = number(xml, "box", "xbr", where);
			double ybr = number(xml, "box", "ybr", where);
			if (!(xbr > xtl && ybr > ytl)) {
				throw new Problem(where + ": box: xbr/ybr must be greater than xtl/ytl");
			}
			LabelClass labelClass = labelClass(xml, "box", where, run);
			if (labelClass != null) {
				out.add(ImportRun.box(labelClass, xtl, ytl, xbr - xtl, ybr - ytl));
			}
			return;
		}
		case "polygon": {
			String points = attribute(xml, "polygon", "points", where);
			String[] pairs = points.trim().split(";");
			if (pairs.length < 3) {
				throw new Problem(where + ": polygon points: at least 3 points needed, found " + pairs.length);
			}
			double[] values = new double[pairs.length * 2];
			for (int i = 0; i < pairs.length; i++) {
				String[] xy = pairs[i].split(",");
				Double x = xy.length == 2 ? Numbers.parse(xy[0]) : null;
				Double y = xy.length == 2 ? Numbers.parse(xy[1]) : null;
				if (x == null || y == null) {
					throw new Problem(where + ": polygon points: point " + (i + 1) + " '" + pairs[i] + "' is not x,y");
				}
				values[2 * i] = x;
				values[2 * i + 1] = y;
			}
			LabelClass labelClass = labelClass(xml, "polygon", where, run);
			if (labelClass != null) {
				out.add(ImportRun.polygon(labelClass, values));
			}
			return;
		}
		case "tag": {
			LabelClass labelClass = labelClass(xml, "tag", where, run);
			if (labelClass != null) {
				out.add(ImportRun.label(labelClass));
			}
			return;
		}
		default:
			if (UNSUPPORTED.contains(name)) {
				throw new Problem(where + ": <" + name + "> is not supported (box, polygon and tag are), skipped");
			}
		}
	}

	private static LabelClass labelClass(XMLStreamReader xml, String element, String where, ImportRun run)
			throws Problem, ExchangeException {
		return run.labelClass(attribute(xml, element, "label", where));
	}

	private static String attribute(XMLStreamReader xml, String element, String name, String where) throws Problem {
		String value = xml.getAttributeValue(null, name);
		if (value == null || value.isBlank()) {
			throw new Problem(where + ": " + element + " " + name + ": missing");
		}
		return value;
	}

	private static double number(XMLStreamReader xml, String element, String name, String where) throws Problem {
		String text = attribute(xml, element, name, where);
		Double value = Numbers.parse(text);
		if (value == null) {
			throw new Problem(where + ": " + element + " " + name + ": '" + text + "' is not a number");
		}
		return value;
	}

	private static final class Problem extends Exception {
		private static final long serialVersionUID = 1L;

		Problem(String message) {
			super(message);
		}
	}
}
