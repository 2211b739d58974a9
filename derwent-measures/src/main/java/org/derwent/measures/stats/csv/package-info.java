/**
 * The CSV face of the statistics for {@code derwent stats METHOD}: reads an analyst's table, applies the same
 * code the indicators use, and writes a table; columns per method are documented in {@code docs/methods.md}.
 */
package org.derwent.measures.stats.csv;
