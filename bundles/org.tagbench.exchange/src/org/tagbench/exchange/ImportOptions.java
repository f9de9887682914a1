package org.tagbench.exchange;

/**
 * How an import treats what it finds.
 *
 * @param addUnknownClasses whether label classes the project does not have are added to it (else their labels
 *                          are left out and reported)
 * @param author            recorded as the author of imported annotations
 * @param replaceExisting   whether an item's existing annotations are replaced (else imported ones are added)
 */
public record ImportOptions(boolean addUnknownClasses, String author, boolean replaceExisting) {

	public static ImportOptions defaults() {
		return new ImportOptions(false, "import", false);
	}
}
