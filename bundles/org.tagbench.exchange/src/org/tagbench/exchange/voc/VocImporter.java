package org.tagbench.exchange.voc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.stream.Location;
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
import org.tagbench.model.LabelClass;
import org.tagbench.store.ProjectStore;

/**
 * Reads Pascal VOC XML: a folder (searched recursively for {@code *.xml}, e.g. a VOC root or its
 * {@code Annotations} folder) or a single file. Each {@code <object>}'s {@code <name>} and {@code <bndbox>}
 * become a box; {@code <part>}s and other elements are ignored. The image is found from
 * {@code <folder>/<filename>}, else {@code <path>}.
 * <p>
 * XML is read with the JDK's StAX parser with DTDs and external entities switched off, and a file with a
 * DOCTYPE is refused: no entity is ever expanded and no other file is read. A file that is not well-formed XML
 * is refused with an {@link ExchangeException} naming the file and line (nothing is imported); a bad
 * {@code <object>} is reported with its file and line and the rest is imported.
 * </p>
 */
public final class VocImporter implements LabelImporter {

	@Override
	public String formatId() {
		return VocExporter.FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "Pascal VOC XML";
	}

	/** An XML element as far as VOC needs it: name, line, text and children. */
	record Node(String name, int line, StringBuilder text, List<Node> children) {

		Optional<Node> child(String childName) {
			return children.stream().filter(c -> c.name.equals(childName)).findFirst();
		}

		String trimmedText() {
			return text.toString().trim();
		}
	}

	@Override
	public ImportReport importLabels(ProjectStore store, Path source, ImportOptions options, IProgressMonitor monitor)
			throws ExchangeException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing Pascal VOC", 100);
		List<Path> files = files(source);
		ImportRun run = new ImportRun(store, options);
		SubMonitor reading = progress.split(40).setWorkRemaining(files.size());
		List<Node> roots = new ArrayList<>(files.size());
		List<String> names = new ArrayList<>(files.size());
		for (Path file : files) {
			reading.split(1);
			String name = Files.isDirectory(source) ? source.relativize(file).toString().replace('\\', '/')
					: String.valueOf(file.getFileName());
			roots.add(parse(file, name));
			names.add(name);
		}
		for (int i = 0; i < roots.size(); i++) {
			annotation(run, roots.get(i), names.get(i));
		}
		return run.apply(progress.split(60));
	}

	private static List<Path> files(Path source) throws ExchangeException {
		if (Files.isRegularFile(source)) {
			return List.of(source);
		}
		if (!Files.isDirectory(source)) {
			throw new ExchangeException(source + " does not exist: a VOC import reads a folder of XML files or one XML file");
		}
		try (Stream<Path> walk = Files.walk(source)) {
			List<Path> files = walk.filter(Files::isRegularFile)
					.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml"))
					.sorted().toList();
			if (files.isEmpty()) {
				throw new ExchangeException(source + " holds no .xml file: expected Pascal VOC annotation files");
			}
			return files;
		} catch (IOException e) {
			throw new ExchangeException("Cannot list " + source + ": " + e.getMessage(), e);
		}
	}

	/** A parser that never reads a DTD or an external entity. */
	static XMLInputFactory safeFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	static Node parse(Path file, String name) throws ExchangeException {
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = safeFactory().createXMLStreamReader(in);
			try {
				List<Node> stack = new ArrayList<>();
				Node root = null;
				while (reader.hasNext()) {
					int event = reader.next();
					switch (event) {
					case XMLStreamConstants.DTD -> throw new ExchangeException(name + " line " + line(reader.getLocation())
							+ ": DOCTYPE declarations are not accepted (they could make the parser read other files)");
					case XMLStreamConstants.ENTITY_REFERENCE -> throw new ExchangeException(name + " line "
							+ line(reader.getLocation()) + ": entity &" + reader.getLocalName() + "; is not accepted");
					case XMLStreamConstants.START_ELEMENT -> {
						Node node = new Node(reader.getLocalName(), line(reader.getLocation()), new StringBuilder(),
								new ArrayList<>());
						if (stack.isEmpty()) {
							root = node;
						} else {
							stack.get(stack.size() - 1).children().add(node);
						}
						stack.add(node);
					}
					case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (!stack.isEmpty()) {
							stack.get(stack.size() - 1).text().append(reader.getText());
						}
					}
					default -> {
						// comments, processing instructions
					}
					}
				}
				if (root == null) {
					throw new ExchangeException(name + ": no XML element");
				}
				return root;
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			Location location = e.getLocation();
			String message = e.getMessage() == null ? "" : e.getMessage();
			int text = message.indexOf("Message: ");
			if (text >= 0) {
				message = message.substring(text + "Message: ".length());
			}
			throw new ExchangeException(name + (location != null ? " line " + line(location) : "")
					+ ": not well-formed XML: " + message.trim(), e);
		} catch (IOException e) {
			throw new ExchangeException("Cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	private static int line(Location location) {
		return location == null ? 0 : location.getLineNumber();
	}

	private static void annotation(ImportRun run, Node root, String file) {
		if (!root.name().equals("annotation")) {
			run.problem(file + " line " + root.line() + ": the root element is <" + root.name()
					+ ">, not a Pascal VOC <annotation>; file left out");
			return;
		}
		Optional<Node> fileName = root.child("filename");
		if (fileName.isEmpty() || fileName.get().trimmedText().isEmpty()) {
			run.problem(file + " line " + root.line() + ": <annotation> has no <filename>; file left out");
			return;
		}
		String imageName = fileName.get().trimmedText();
		String folder = root.child("folder").map(Node::trimmedText).orElse("");
		Optional<String> item = run.find(folder.isEmpty() ? imageName : folder + "/" + imageName);
		if (item.isEmpty()) {
			Optional<String> path = root.child("path").map(Node::trimmedText).filter(p -> !p.isEmpty());
			if (path.isPresent()) {
				item = run.find(path.get());
			}
		}
		if (item.isEmpty()) {
			run.unmatched(folder.isEmpty() ? imageName : folder + "/" + imageName);
			return;
		}
		run.stage(item.get(), List.of(), false);
		for (Node object : root.children()) {
			if (object.name().equals("object")) {
				object(run, item.get(), object, file);
			}
		}
	}

	private static void object(ImportRun run, String itemId, Node object, String file) {
		String at = file + " line " + object.line() + ": ";
		Optional<Node> name = object.child("name");
		if (name.isEmpty() || name.get().trimmedText().isEmpty()) {
			run.problem(at + "<object> has no <name>; object left out");
			return;
		}
		Optional<Node> box = object.child("bndbox");
		if (box.isEmpty()) {
			run.problem(at + "<object> has no <bndbox>; object left out");
			return;
		}
		double[] values = new double[4];
		String[] fields = { "xmin", "ymin", "xmax", "ymax" };
		for (int i = 0; i < 4; i++) {
			Optional<Node> field = box.get().child(fields[i]);
			if (field.isEmpty()) {
				run.problem(file + " line " + box.get().line() + ": <bndbox> has no <" + fields[i] + ">; object left out");
				return;
			}
			try {
				values[i] = Double.parseDouble(field.get().trimmedText());
			} catch (NumberFormatException e) {
				values[i] = Double.NaN;
			}
			if (!Double.isFinite(values[i])) {
				run.problem(file + " line " + field.get().line() + ": <" + fields[i] + "> is not a number (\""
						+ field.get().trimmedText() + "\"); object left out");
				return;
			}
		}
		if (values[2] < values[0] || values[3] < values[1]) {
			run.problem(file + " line " + box.get().line() + ": <bndbox> has xmax < xmin or ymax < ymin; object left out");
			return;
		}
		LabelClass labelClass = run.labelClass(name.get().trimmedText(), null);
		if (labelClass == null) {
			return; // counted as an unknown class
		}
		// VOC: 1-based pixel indices, maximum inclusive -> 0-based continuous box
		run.stage(itemId, List.of(ImportRun.box(labelClass, values[0] - 1, values[1] - 1, values[2] - values[0] + 1, values[3] - values[1] + 1)), false);
	}
}
