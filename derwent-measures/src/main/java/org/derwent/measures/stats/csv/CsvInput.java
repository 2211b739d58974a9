package org.derwent.measures.stats.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An analyst's CSV table: header names (trimmed, lower-case) and rows. Blank lines are skipped; line numbers
 * count the header as line 1.
 *
 * @param file    the file name, for messages
 * @param columns header names in order
 * @param rows    the data rows
 */
public record CsvInput(String file, List<String> columns, List<CsvRow> rows) {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    /** Reads {@code reader} fully; {@code file} names it in messages. */
    public static CsvInput read(String file, Reader reader) {
        List<String> header = null;
        List<CsvRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader)) {
            while (it.hasNext()) {
                long line = it.getCurrentLocation().getLineNr();
                String[] cells = it.next();
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : cells) {
                        header.add(h.trim().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
                    }
                    continue;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length > header.size()) {
                    throw StatsInputException.at(file, line, "has " + cells.length + " fields but the header has " + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < cells.length ? cells[i] : "");
                }
                rows.add(new CsvRow(file, line, values));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof StatsInputException s) {
                throw s;
            }
            throw new StatsInputException(file + ": cannot read CSV: " + e.getMessage());
        }
        if (header == null) {
            throw new StatsInputException(file + ": the file is empty (a header line is expected)");
        }
        return new CsvInput(file, List.copyOf(header), List.copyOf(rows));
    }

    /** Fails unless every one of {@code required} is a column. */
    public CsvInput require(String method, String... required) {
        for (String c : required) {
            if (!columns.contains(c)) {
                throw new StatsInputException(file + " line 1: column '" + c + "' is missing; " + method + " reads "
                        + String.join(", ", required) + " (header has " + String.join(", ", columns) + ")");
            }
        }
        if (rows.isEmpty()) {
            throw new StatsInputException(file + ": no data rows");
        }
        return this;
    }

    /** True when {@code column} is in the header. */
    public boolean has(String column) {
        return columns.contains(column);
    }
}
