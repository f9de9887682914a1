package org.tagbench.exchange;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param target      the file or folder written
 * @param items       items exported (train + validation)
 * @param validation  of which in the validation split
 * @param annotations annotations exported
 * @param warnings    items or annotations left out, with the reason (e.g. "item x: polygon with 2 points")
 */
public record ExportReport(Path target, long items, long validation, long annotations, List<String> warnings) {
}
