/**
 * Staging and merge: validated rows go through DuckDB appenders into session-local staging tables, then one
 * transaction links them to people, quarantines what cannot be linked or is impossible, and upserts the rest.
 */
package org.derwent.ingest.stage;
