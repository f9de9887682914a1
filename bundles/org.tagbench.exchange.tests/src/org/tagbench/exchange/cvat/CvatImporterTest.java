package org.tagbench.exchange.cvat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.support.TestProjects.MONITOR;
import static org.tagbench.exchange.support.TestProjects.describe;
import static org.tagbench.exchange.support.TestProjects.item;
import static org.tagbench.exchange.support.TestProjects.stored;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.support.TestProjects;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;

class CvatImporterTest {

	@TempDir
	Path temp;

	private static final String XML = """
			<?xml version="1.0" encoding="utf-8"?>
			<annotations>
			  <version>1.1</version>
			  <meta><task><labels><label><name>cat</name></label><label><name>dog</name></label></labels></task></meta>
			  <image id="0" name="train/img1.jpg" width="200" height="100">
			    <box label="cat" occluded="0" xtl="10.5" ytl="20" xbr="110.5" ybr="70" z_order="0"><attribute name="a">b</attribute></box>
			    <polygon label="dog" points="1.5,2;30,2;30,40.25"/>
			    <tag label="outdoor"/>
			  </image>
			  <image id="1" name="img2.jpg" width="10" height="10">
			    <box label="cat" xtl="abc" ytl="0" xbr="5" ybr="5"/>
			    <polyline label="cat" points="1,1;2,2"/>
			    <box label="cat" xtl="1" ytl="1" xbr="5" ybr="6"/>
			  </image>
			  <image id="2" name="ghost.jpg" width="1" height="1"><tag label="cat"/></image>
			  <image id="3" name="nothing.jpg" width="1" height="1"></image>
			</annotations>
			""";

	@Test
	void importsBoxesPolygonsAndTags() throws Exception {
		Path file = temp.resolve("annotations.xml");
		Files.writeString(file, XML);
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat", "dog")) {
			item(store, "i1", "data/train/img1.jpg", 200, 100, ItemStatus.UNLABELED);
			item(store, "i2", "img2.jpg", 10, 10, ItemStatus.IN_PROGRESS);
			ImportReport report = new CvatImporter().importLabels(store, file, new ImportOptions(true, "cv", false), MONITOR);
			assertEquals(List.of("BoundingBox cat 10.500000 20.000000 100.000000 50.000000", "ClassificationLabel outdoor",
					"PolygonAnnotation dog 1.500000 2.000000 30.000000 2.000000 30.000000 40.250000"), describe(stored(store, "i1")));
			assertEquals(List.of("BoundingBox cat 1.000000 1.000000 4.000000 5.000000"), describe(stored(store, "i2")));
			assertEquals(ItemStatus.IN_PROGRESS, stored(store, "i2").getStatus(), "only UNLABELED items change status");
			assertEquals(List.of("annotations.xml line 11: box xtl: 'abc' is not a number",
					"annotations.xml line 12: <polyline> is not supported (box, polygon and tag are), skipped"), report.problems());
			assertEquals(List.of("ghost.jpg"), report.unmatchedImages());
			assertEquals(Map.of("outdoor", 1L, "cat", 0L).get("outdoor"), report.unknownClasses().get("outdoor"));
			assertTrue(store.project().getLabelClasses().stream().anyMatch(c -> c.getName().equals("outdoor")));
		}
	}

	@Test
	void externalEntitiesAreNeverRead() throws Exception {
		Path secret = temp.resolve("secret.txt");
		Files.writeString(secret, "stolen");
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.MULTI_CLASS, "cat")) {
			item(store, "i1", "x.jpg", 10, 10, ItemStatus.UNLABELED);
			String url = "http://127.0.0.1:" + server.getLocalPort();
			List<String> documents = List.of(
					"<?xml version=\"1.0\"?>\n<!DOCTYPE annotations [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
							+ "<annotations><image name=\"x.jpg\" width=\"10\" height=\"10\"><tag label=\"&xxe;\"/></image></annotations>",
					"<?xml version=\"1.0\"?>\n<!DOCTYPE annotations [<!ENTITY xxe SYSTEM \"" + url + "/secret\">]>\n"
							+ "<annotations><image name=\"x.jpg\" width=\"10\" height=\"10\"><tag label=\"&xxe;\"/></image></annotations>",
					"<?xml version=\"1.0\"?>\n<!DOCTYPE annotations SYSTEM \"" + url + "/cvat.dtd\">\n"
							+ "<annotations><image name=\"x.jpg\" width=\"10\" height=\"10\"><tag label=\"cat\"/></image></annotations>");
			Path file = temp.resolve("evil.xml");
			for (String document : documents) {
				Files.writeString(file, document);
				ExchangeException e = assertThrows(ExchangeException.class,
						() -> new CvatImporter().importLabels(store, file, new ImportOptions(true, "x", false), MONITOR));
				assertTrue(e.getMessage().startsWith("evil.xml line 2: a DOCTYPE is not allowed"), e.getMessage());
			}
			server.setSoTimeout(300);
			assertThrows(SocketTimeoutException.class, server::accept, "the parser never connected");
			assertEquals(List.of(), describe(stored(store, "i1")));
			assertFalse(store.project().getLabelClasses().stream().anyMatch(c -> c.getName().contains("stolen")));
		}
	}

	@Test
	void malformedXmlIsRefusedNamingTheLine() throws Exception {
		Path file = temp.resolve("annotations.xml");
		Files.writeString(file, "<annotations>\n<image name=\"a.jpg\">\n<box label=\"cat\" xtl=\"1\"\n</annotations>\n");
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat")) {
			ExchangeException e = assertThrows(ExchangeException.class,
					() -> new CvatImporter().importLabels(store, file, ImportOptions.defaults(), MONITOR));
			assertTrue(e.getMessage().matches("annotations\\.xml line [34]: not valid XML: .*"), e.getMessage());
		}
	}
}
