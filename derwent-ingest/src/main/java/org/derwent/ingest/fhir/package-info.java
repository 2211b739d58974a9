/** FHIR R4 input: Bulk NDJSON and Bundle readers (streaming Jackson) and one mapper per resource type Derwent uses. */
package org.derwent.ingest.fhir;
