/**
 * Files read as whole lines inside DuckDB ({@link org.derwent.ingest.lines.LineTable}) and the pseudonymised patient
 * keys the SQL readers join them to ({@link org.derwent.ingest.lines.PatientKeys}): what the plain CSV and plain NDJSON
 * readers share.
 */
package org.derwent.ingest.lines;
