package org.tagbench.store;

/** The items of one data source: all of them, and those carrying work (see {@link ProjectStore#itemsOfDataSource}). */
public record DataSourceItems(long total, long labeled) {
}
