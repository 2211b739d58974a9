/**
 * FHIR resources of plain NDJSON files mapped inside DuckDB ({@link org.derwent.ingest.fhir.sql.PlainNdjsonReader}):
 * one {@link org.derwent.ingest.fhir.sql.ResourceSql} per resource type, written with the rules of its Java mapper
 * and a predicate stricter than that mapper, so that every line the SQL does not load is mapped in Java. The lines
 * are read by DuckDB's JSON reader into typed columns; see docs/ingest.md.
 */
package org.derwent.ingest.fhir.sql;
