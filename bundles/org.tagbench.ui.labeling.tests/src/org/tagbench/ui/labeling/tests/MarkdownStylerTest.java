package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.internal.MarkdownStyler;
import org.tagbench.ui.labeling.internal.MarkdownStyler.Span;
import org.tagbench.ui.labeling.internal.MarkdownStyler.Style;

class MarkdownStylerTest {

	@Test
	void headingsListsAndInlineStyles() {
		MarkdownStyler.Result r = MarkdownStyler.render("## Boxes ##\n* one **bold** and *it*\n1. see [guide](https://x.org)");
		assertEquals("Boxes\n• one bold and it\n1. see guide", r.text());
		assertEquals(List.of(new Span(0, 5, Style.HEADING, null), new Span(12, 4, Style.BOLD, null),
				new Span(21, 2, Style.ITALIC, null), new Span(31, 5, Style.LINK, "https://x.org")), r.spans());
	}

	@Test
	void somethingElseStaysAsWritten() {
		String text = "2 * 3 * 4 = 24, a_b_c, #not-a-heading, **unclosed";
		assertEquals(text, MarkdownStyler.render(text).text());
		assertEquals(List.of(), MarkdownStyler.render(text).spans());
	}
}
