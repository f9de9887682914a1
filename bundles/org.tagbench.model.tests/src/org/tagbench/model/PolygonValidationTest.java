package org.tagbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.tagbench.model.util.TagbenchValidator;

class PolygonValidationTest {

	private static Diagnostic validate(double... coordinates) {
		LabelingProject project = ModelFixtures.project();
		return Diagnostician.INSTANCE.validate(ModelFixtures.polygon(ModelFixtures.classNamed(project, "cat"), coordinates));
	}

	private static void assertRejected(Diagnostic diagnostic) {
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity(), diagnostic.toString());
		Diagnostic violation = diagnostic.getChildren().get(0);
		assertEquals(TagbenchValidator.DIAGNOSTIC_SOURCE, violation.getSource());
		assertEquals(TagbenchValidator.POLYGON_ANNOTATION__AT_LEAST_THREE_POINTS, violation.getCode());
		assertTrue(violation.getMessage().contains("at least three points"), violation.getMessage());
	}

	@Test
	void triangleIsValid() {
		assertEquals(Diagnostic.OK, validate(0, 0, 10, 0, 5, 8).getSeverity());
	}

	@Test
	void twoPointsAreRejected() {
		assertRejected(validate(0, 0, 10, 0));
	}

	@Test
	void emptyPolygonIsRejected() {
		assertRejected(validate());
	}

	@Test
	void oddNumberOfCoordinatesIsRejected() {
		assertRejected(validate(0, 0, 10, 0, 5, 8, 3));
	}

	@Test
	void validatingAnItemFindsItsBadPolygon() {
		LabelingProject project = ModelFixtures.project();
		DataItem item = ModelFixtures.item(project);
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(item).getSeverity());

		PolygonAnnotation polygon = (PolygonAnnotation) item.getAnnotations().get(1);
		polygon.getPoints().subList(4, 8).clear();
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(item);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		assertTrue(diagnostic.getChildren().stream()
				.anyMatch(d -> d.getCode() == TagbenchValidator.POLYGON_ANNOTATION__AT_LEAST_THREE_POINTS
						&& d.getData().get(0) == polygon),
				diagnostic.toString());
	}
}
