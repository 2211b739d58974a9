/**
 * A small SQL tree and one dialect class per engine (DuckDB, PostgreSQL, Spark SQL) that renders it. Values
 * (codes, dates, thresholds) are never pasted into SQL text: they travel as bind parameters.
 */
package org.derwent.measures.sql;
