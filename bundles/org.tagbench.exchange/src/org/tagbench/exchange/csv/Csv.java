package org.tagbench.exchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.tagbench.exchange.ExchangeException;

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF and CR accepted when reading); a field
 * holding a comma, quote, CR or LF (or leading/trailing space) is quoted, quotes doubled inside. A UTF-8
 * byte order mark at the start is skipped. Blank lines are skipped when reading.
 */
public final class Csv {

	private Csv() {
	}

	public static void writeRecord(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(fields.get(i)));
		}
		out.write("\r\n");
	}

	static String quote(String field) {
		boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
				|| field.indexOf('\r') >= 0 || (!field.isEmpty()
						&& (Character.isWhitespace(field.charAt(0)) || Character.isWhitespace(field.charAt(field.length() - 1))));
		return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}

	/** Reads records one at a time; a malformed quoted field is an {@link ExchangeException} naming the line. */
	public static final class RecordReader {

		private final Reader in;
		private final String fileName;
		private int line = 1;
		private int recordLine;
		private int pushedBack = -2;
		private boolean started;

		public RecordReader(Reader in, String fileName) {
			this.in = in;
			this.fileName = fileName;
		}

		/** The line on which the last record returned by {@link #next()} starts (1-based). */
		public int line() {
			return recordLine;
		}

		private int read() throws IOException {
			if (pushedBack != -2) {
				int c = pushedBack;
				pushedBack = -2;
				return c;
			}
			int c = in.read();
			if (!started) {
				started = true;
				if (c == '\uFEFF') {
					c = in.read();
				}
			}
			return c;
		}

		/** The next record, or null at the end; blank lines are skipped. */
		public List<String> next() throws IOException, ExchangeException {
			while (true) {
				recordLine = line;
				List<String> record = new ArrayList<>();
				StringBuilder field = new StringBuilder();
				int c = read();
				if (c == -1) {
					return null;
				}
				boolean blank = true;
				while (true) {
					if (c == '"' && field.length() == 0) {
						blank = false;
						int quoteLine = line;
						while (true) {
							c = read();
							if (c == -1) {
								throw new ExchangeException(fileName + " line " + quoteLine + ": a quoted field is not closed");
							}
							if (c == '"') {
								c = read();
								if (c != '"') {
									break;
								}
							} else if (c == '\n' || (c == '\r' && peekNot('\n'))) {
								line++;
							}
							field.append((char) c);
						}
						if (c != ',' && c != '\n' && c != '\r' && c != -1) {
							throw new ExchangeException(fileName + " line " + line + ": '" + (char) c
									+ "' after a closing quote (quotes inside a quoted field must be doubled)");
						}
					}
					if (c == ',') {
						blank = false;
						record.add(field.toString());
						field.setLength(0);
						c = read();
						continue;
					}
					if (c == '\r' || c == '\n' || c == -1) {
						if (c == '\r') {
							int after = read();
							if (after != '\n') {
								pushedBack = after;
							}
						}
						if (c != -1) {
							line++;
						}
						record.add(field.toString());
						break;
					}
					if (c == '"') {
						throw new ExchangeException(fileName + " line " + line
								+ ": a quote inside an unquoted field (quote the whole field and double the quote)");
					}
					blank = false;
					field.append((char) c);
					c = read();
				}
				if (!blank || record.size() > 1 || !record.get(0).isEmpty()) {
					return record;
				}
			}
		}

		private boolean peekNot(char expected) throws IOException {
			int after = read();
			pushedBack = after;
			return after != expected;
		}
	}
}
