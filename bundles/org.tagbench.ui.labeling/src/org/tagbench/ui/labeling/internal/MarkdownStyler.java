package org.tagbench.ui.labeling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small Markdown subset people write in instructions (headings, bullet and numbered lists, **bold**,
 * *italic*, `code`, [text](link)) into plain text plus style spans, so a StyledText shows it without a browser.
 * Anything else stays as written: instructions must never lose a word to the renderer.
 */
public final class MarkdownStyler {

	public enum Style { HEADING, BOLD, ITALIC, CODE, LINK }

	/** A span of the rendered text: [start, start + length). */
	public record Span(int start, int length, Style style, String target) {
	}

	public record Result(String text, List<Span> spans) {
	}

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
	private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
	private static final Pattern INLINE = Pattern
			.compile("\\*\\*(.+?)\\*\\*|__(.+?)__|`([^`]+)`|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])");

	private MarkdownStyler() {
	}

	public static Result render(String markdown) {
		StringBuilder out = new StringBuilder();
		List<Span> spans = new ArrayList<>();
		String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			Matcher heading = HEADING.matcher(line);
			Matcher bullet = BULLET.matcher(line);
			if (heading.matches()) {
				int start = out.length();
				inline(heading.group(2), out, spans);
				spans.add(new Span(start, out.length() - start, Style.HEADING, null));
			} else if (bullet.matches()) {
				out.append(bullet.group(1)).append("• ");
				inline(bullet.group(2), out, spans);
			} else {
				inline(line, out, spans);
			}
			if (i < lines.length - 1) {
				out.append('\n');
			}
		}
		return new Result(out.toString(), spans);
	}

	private static void inline(String text, StringBuilder out, List<Span> spans) {
		Matcher m = INLINE.matcher(text);
		int last = 0;
		while (m.find()) {
			out.append(text, last, m.start());
			int start = out.length();
			if (m.group(1) != null || m.group(2) != null) {
				out.append(m.group(1) != null ? m.group(1) : m.group(2));
				spans.add(new Span(start, out.length() - start, Style.BOLD, null));
			} else if (m.group(3) != null) {
				out.append(m.group(3));
				spans.add(new Span(start, out.length() - start, Style.CODE, null));
			} else if (m.group(4) != null) {
				out.append(m.group(4));
				spans.add(new Span(start, out.length() - start, Style.LINK, m.group(5)));
			} else {
				out.append(m.group(6));
				spans.add(new Span(start, out.length() - start, Style.ITALIC, null));
			}
			last = m.end();
		}
		out.append(text, last, text.length());
	}
}
