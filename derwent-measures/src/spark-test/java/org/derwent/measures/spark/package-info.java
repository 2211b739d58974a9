/**
 * Spark SQL execution of the measure plan in local mode (Maven profile {@code spark}): a JDBC facade over a
 * SparkSession and the DuckDB/Spark parity test.
 */
package org.derwent.measures.spark;
