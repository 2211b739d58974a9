/**
 * Indicator results: rows of {@code measure_result}, {@code measure_series}, {@code measure_inequality} and
 * {@code indicator_catalogue} (docs/measure-results.md), their statistics, storage and export.
 */
package org.derwent.measures.result;
