/**
 * Loading FHIR R4 and CSV extracts into the store: {@link org.derwent.ingest.Loader} runs one atomic,
 * idempotent load and returns a {@link org.derwent.ingest.LoadReport}; see docs/ingest.md.
 */
package org.derwent.ingest;
