package org.derwent.ingest.csv;

import java.util.List;

/** One CSV record: its fields, the line it starts on, and a parse error (e.g. unterminated quote) or null. */
record CsvRecord(List<String> fields, long line, String error) {
}
