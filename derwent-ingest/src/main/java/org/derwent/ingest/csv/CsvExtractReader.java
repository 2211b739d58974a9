package org.derwent.ingest.csv;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derwent.ingest.LoadException;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.source.Utf8;
import org.derwent.model.extract.ExtractTable;

/**
 * Reads one table of the CSV flat extract. The header names the columns (any order, extra columns ignored); a
 * header missing a column of the layout makes the file unusable. A record with the wrong number of fields,
 * an unterminated quote or a bad value is quarantined with its line.
 */
public final class CsvExtractReader {
    private CsvExtractReader() {
    }

    private static final int BATCH = 2_000;

    public static void read(SourceFile file, Pipeline pipeline) throws Exception {
        ExtractTable table = file.table().orElseThrow();
        try (BufferedReader reader = Utf8.reader(file.path())) {
            CsvParser parser = new CsvParser(reader);
            CsvRecord header = parser.next(true);
            if (header == null) {
                return;
            }
            Map<String, Integer> index = index(file, table, header.fields());
            int width = header.fields().size();
            long done = parser.chars();
            List<CsvRecord> batch = new ArrayList<>(BATCH);
            CsvRecord rec;
            while ((rec = parser.next(false)) != null) {
                batch.add(rec);
                if (batch.size() == BATCH) {
                    submit(file, table, index, width, batch, parser.chars() - done, pipeline);
                    done = parser.chars();
                    batch = new ArrayList<>(BATCH);
                }
            }
            submit(file, table, index, width, batch, parser.chars() - done, pipeline);
        }
    }

    /** Column name to field index of a header; a header lacking a layout column makes the file unusable. */
    static Map<String, Integer> index(SourceFile file, ExtractTable table, List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        List<String> missing = table.requiredColumns().stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new LoadException(file.path() + " line 1: header lacks column(s) " + missing + " of "
                    + table.fileName() + " (expected " + table.columns() + ", of which " + table.optionalColumns()
                    + " may be left out)");
        }
        return index;
    }

    /** Maps a batch of records on a worker thread; each is loaded or quarantined with its line. */
    static void submit(SourceFile file, ExtractTable table, Map<String, Integer> index, int width,
                               List<CsvRecord> batch, long bytes, Pipeline pipeline) throws Exception {
        pipeline.submit((checks, sink) -> {
            TableMapper mapper = new TableMapper(table, checks);
            for (CsvRecord rec : batch) {
                Provenance at = new Provenance(file.name(), rec.line(), table.fileName());
                if (rec.error() != null) {
                    sink.quarantined(at, "(line)", "", "malformed CSV line: " + rec.error());
                } else if (rec.fields().size() != width) {
                    sink.quarantined(at, "(line)", "", "malformed CSV line: expected " + width + " fields, found "
                            + rec.fields().size());
                } else {
                    try {
                        mapper.map(new CsvRow(index, rec.fields()), at, sink);
                    } catch (Rejection e) {
                        sink.quarantined(at, e.field(), e.value(), e.reason());
                    }
                }
            }
            return bytes;
        });
    }
}
