/**
 * Data quality of the store per load and per source organisation: completeness, validity, consistency,
 * uniqueness and timeliness, written as quality.json and quality.md (docs/quality.md).
 */
package org.derwent.ingest.quality;
