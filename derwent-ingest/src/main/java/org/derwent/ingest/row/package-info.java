/** Validated records on their way to the store: one record type per target table, with subject and provenance. */
package org.derwent.ingest.row;
