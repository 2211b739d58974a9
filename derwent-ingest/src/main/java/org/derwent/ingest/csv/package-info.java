/** The CSV flat extract (org.derwent.model.extract.ExtractTable): an RFC 4180 parser and one mapper per table. */
package org.derwent.ingest.csv;
