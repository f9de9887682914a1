package org.tagbench.exchange.yolo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tagbench.exchange.ExchangeException;

/**
 * The part of a YOLO {@code data.yaml} Tagbench reads: the {@code names} (a flow list {@code [a, b]}, a block
 * list of {@code - a} lines, a block map of {@code 0: a} lines or a flow map {@code {0: a, 1: b}}) and
 * {@code nc}. This is a small subset of YAML: top-level {@code key: value} lines, {@code #} comments, plain,
 * 'single' and "double" quoted scalars; other keys are skipped; anchors, multi-line scalars and documents
 * are not supported. Errors name the file and line.
 */
final class YoloYaml {

	private YoloYaml() {
	}

	/** The class names in index order. */
	static List<String> names(List<String> lines, String file) throws ExchangeException {
		List<String> names = null;
		Integer nc = null;
		int ncLine = 0;
		int namesLine = 0;
		for (int i = 0; i < lines.size(); i++) {
			int number = i + 1;
			String line = stripComment(lines.get(i), file, number);
			if (line.isBlank() || line.trim().equals("---")) {
				continue;
			}
			if (Character.isWhitespace(line.charAt(0)) || line.startsWith("-")) {
				continue; // belongs to a block value of a key we skip
			}
			int colon = keyColon(line);
			if (colon < 0) {
				throw new ExchangeException(file + " line " + number + ": expected 'key: value', found '" + line.trim() + "'");
			}
			String key = unquote(line.substring(0, colon).trim(), file, number);
			String value = line.substring(colon + 1).trim();
			if (key.equals("nc")) {
				try {
					nc = Integer.parseInt(unquote(value, file, number));
					ncLine = number;
				} catch (NumberFormatException e) {
					throw new ExchangeException(file + " line " + number + ": nc: expected a whole number, found '" + value + "'");
				}
			} else if (key.equals("names")) {
				namesLine = number;
				if (value.isEmpty()) {
					List<String> block = new ArrayList<>();
					int j = i + 1;
					for (; j < lines.size(); j++) {
						String entry = stripComment(lines.get(j), file, j + 1);
						if (entry.isBlank()) {
							continue;
						}
						if (!Character.isWhitespace(entry.charAt(0)) && !entry.startsWith("-")) {
							break;
						}
						block.add((j + 1) + "\u0000" + entry.trim());
					}
					i = j - 1;
					names = block(block, file, number);
				} else if (value.startsWith("[")) {
					names = new ArrayList<>();
					for (String item : flowItems(value, '[', ']', file, number)) {
						names.add(unquote(item, file, number));
					}
				} else if (value.startsWith("{")) {
					Map<Integer, String> map = new TreeMap<>();
					for (String item : flowItems(value, '{', '}', file, number)) {
						int itemColon = keyColon(item);
						if (itemColon < 0) {
							throw new ExchangeException(file + " line " + number + ": names: expected 'index: name', found '" + item + "'");
						}
						putIndexed(map, item.substring(0, itemColon).trim(), unquote(item.substring(itemColon + 1).trim(), file, number), file, number);
					}
					names = dense(map, file, number);
				} else {
					throw new ExchangeException(file + " line " + number + ": names: expected a list or a map of class names");
				}
			}
		}
		if (names == null) {
			throw new ExchangeException(file + ": no 'names' (the class names)");
		}
		if (nc != null && nc != names.size()) {
			throw new ExchangeException(file + " line " + ncLine + ": nc is " + nc + " but names (line " + namesLine
					+ ") has " + names.size() + " entries");
		}
		for (int k = 0; k < names.size(); k++) {
			if (names.get(k).isEmpty()) {
				throw new ExchangeException(file + " line " + namesLine + ": names: class " + k + " has an empty name");
			}
		}
		return names;
	}

	private static List<String> block(List<String> entries, String file, int namesLine) throws ExchangeException {
		List<String> list = new ArrayList<>();
		Map<Integer, String> map = new TreeMap<>();
		for (String numbered : entries) {
			int number = Integer.parseInt(numbered.substring(0, numbered.indexOf('\u0000')));
			String entry = numbered.substring(numbered.indexOf('\u0000') + 1);
			if (entry.startsWith("-")) {
				if (!map.isEmpty()) {
					throw new ExchangeException(file + " line " + number + ": names: a list entry among map entries");
				}
				list.add(unquote(entry.substring(1).trim(), file, number));
			} else {
				if (!list.isEmpty()) {
					throw new ExchangeException(file + " line " + number + ": names: a map entry among list entries");
				}
				int colon = keyColon(entry);
				if (colon < 0) {
					throw new ExchangeException(file + " line " + number + ": names: expected '- name' or 'index: name', found '" + entry + "'");
				}
				putIndexed(map, entry.substring(0, colon).trim(), unquote(entry.substring(colon + 1).trim(), file, number), file, number);
			}
		}
		if (list.isEmpty() && map.isEmpty()) {
			throw new ExchangeException(file + " line " + namesLine + ": names: no entries");
		}
		return list.isEmpty() ? dense(map, file, namesLine) : list;
	}

	private static void putIndexed(Map<Integer, String> map, String key, String name, String file, int number)
			throws ExchangeException {
		try {
			int index = Integer.parseInt(key);
			if (index < 0 || map.put(index, name) != null) {
				throw new NumberFormatException();
			}
		} catch (NumberFormatException e) {
			throw new ExchangeException(file + " line " + number + ": names: '" + key + "' is not a new class index");
		}
	}

	private static List<String> dense(Map<Integer, String> map, String file, int number) throws ExchangeException {
		List<String> names = new ArrayList<>();
		for (Map.Entry<Integer, String> entry : map.entrySet()) {
			if (entry.getKey() != names.size()) {
				throw new ExchangeException(file + " line " + number + ": names: class index " + names.size() + " is missing");
			}
			names.add(entry.getValue());
		}
		return names;
	}

	/** The items of a one-line flow collection, split at commas outside quotes. */
	private static List<String> flowItems(String value, char open, char close, String file, int number)
			throws ExchangeException {
		if (value.charAt(value.length() - 1) != close) {
			throw new ExchangeException(file + " line " + number + ": names: '" + open + "' is not closed by '" + close
					+ "' on the same line");
		}
		List<String> items = new ArrayList<>();
		String inner = value.substring(1, value.length() - 1);
		StringBuilder current = new StringBuilder();
		char quote = 0;
		for (int i = 0; i < inner.length(); i++) {
			char c = inner.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				} else if (c == '\\' && quote == '"' && i + 1 < inner.length()) {
					current.append(c);
					c = inner.charAt(++i);
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == ',') {
				items.add(current.toString().trim());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		if (!current.toString().isBlank() || !items.isEmpty()) {
			items.add(current.toString().trim());
		}
		return items;
	}

	/** The position of the colon ending a mapping key (outside quotes, followed by a space or the end), or -1. */
	private static int keyColon(String text) {
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
				return i;
			}
		}
		return -1;
	}

	private static String stripComment(String line, String file, int number) {
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
				return line.substring(0, i).stripTrailing();
			}
		}
		return line.stripTrailing();
	}

	static String unquote(String text, String file, int number) throws ExchangeException {
		if (text.startsWith("'")) {
			if (text.length() < 2 || !text.endsWith("'")) {
				throw new ExchangeException(file + " line " + number + ": a 'quoted' value is not closed: " + text);
			}
			return text.substring(1, text.length() - 1).replace("''", "'");
		}
		if (text.startsWith("\"")) {
			if (text.length() < 2 || !text.endsWith("\"")) {
				throw new ExchangeException(file + " line " + number + ": a \"quoted\" value is not closed: " + text);
			}
			StringBuilder out = new StringBuilder();
			for (int i = 1; i < text.length() - 1; i++) {
				char c = text.charAt(i);
				if (c == '\\' && i + 1 < text.length() - 1) {
					char next = text.charAt(++i);
					out.append(switch (next) {
					case 'n' -> '\n';
					case 't' -> '\t';
					default -> next;
					});
				} else {
					out.append(c);
				}
			}
			return out.toString();
		}
		return text;
	}

	/** A double-quoted YAML scalar. */
	static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
	}
}
