package org.tagbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tagbench.store.LabelAgreement.Kind;
import org.tagbench.store.LabelAgreement.Mark;

class LabelAgreementTest {

	private static Mark label(String classId) {
		return new Mark(Kind.LABEL, classId, 0, null);
	}

	private static Mark box(String classId, int frame, double x, double y, double w, double h) {
		return new Mark(Kind.BOX, classId, frame, new double[] { x, y, w, h });
	}

	private static Mark square(String classId, double x, double y, double side) {
		return new Mark(Kind.POLYGON, classId, 0, new double[] { x, y, x + side, y, x + side, y + side, x, y + side });
	}

	@Test
	void classificationLabelsAgreeWhenTheClassSetsAreEqual() {
		assertTrue(LabelAgreement.agree(List.of(label("cat"), label("dog")), List.of(label("dog"), label("cat"))));
		assertFalse(LabelAgreement.agree(List.of(label("cat"), label("dog")), List.of(label("cat"))));
		assertFalse(LabelAgreement.agree(List.of(label("cat")), List.of(label("dog"))));
		assertTrue(LabelAgreement.agree(List.of(), List.of()), "both gave nothing");
	}

	@Test
	void boxesAgreeWhenEachHasAPartnerOfItsClassOverlappingByHalf() {
		assertEquals(361.0 / 439, LabelAgreement.iou(box("c", 0, 0, 0, 20, 20), box("c", 0, 1, 1, 20, 20)), 1e-9);
		assertTrue(LabelAgreement.agree(List.of(box("c", 0, 0, 0, 20, 20)), List.of(box("c", 0, 1, 1, 20, 20))));
		// IoU 1/3: the same class, not the same object
		assertFalse(LabelAgreement.agree(List.of(box("c", 0, 0, 0, 20, 20)), List.of(box("c", 0, 10, 0, 20, 20))));
		assertFalse(LabelAgreement.agree(List.of(box("c", 0, 0, 0, 20, 20)), List.of(box("d", 0, 0, 0, 20, 20))), "class");
		assertFalse(LabelAgreement.agree(List.of(box("c", 0, 0, 0, 20, 20)), List.of(box("c", 1, 0, 0, 20, 20))), "frame");
		assertFalse(LabelAgreement.agree(List.of(box("c", 0, 0, 0, 20, 20)),
				List.of(box("c", 0, 0, 0, 20, 20), box("c", 0, 1, 1, 20, 20))), "a box left over");
		// one box cannot be the partner of two
		assertFalse(LabelAgreement.agree(List.of(box("c", 0, 0, 0, 20, 20), box("c", 0, 1, 0, 20, 20)),
				List.of(box("c", 0, 0, 1, 20, 20), box("c", 0, 80, 80, 20, 20))));
		// three labelers: every two must agree
		List<Mark> a = List.of(box("c", 0, 0, 0, 20, 20));
		List<Mark> b = List.of(box("c", 0, 1, 1, 20, 20));
		assertTrue(LabelAgreement.agree(List.of(a, b, a)));
		assertFalse(LabelAgreement.agree(List.of(a, b, List.of(box("c", 0, 50, 50, 20, 20)))));
	}

	@Test
	void polygonsAreComparedByTheAreaTheyShare() {
		assertEquals(80.0 / 120, LabelAgreement.iou(square("c", 0, 0, 10), square("c", 2, 0, 10)), 1e-9);
		assertTrue(LabelAgreement.agree(List.of(square("c", 0, 0, 10)), List.of(square("c", 2, 0, 10))));
		assertEquals(40.0 / 160, LabelAgreement.iou(square("c", 0, 0, 10), square("c", 6, 0, 10)), 1e-9);
		assertFalse(LabelAgreement.agree(List.of(square("c", 0, 0, 10)), List.of(square("c", 6, 0, 10))));
		// a triangle over half of the square: IoU 0.5, the same object
		Mark triangle = new Mark(Kind.POLYGON, "c", 0, new double[] { 0, 0, 10, 0, 10, 10 });
		assertEquals(0.5, LabelAgreement.iou(square("c", 0, 0, 10), triangle), 1e-9);
	}
}
