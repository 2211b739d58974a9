package org.derwent.measures.codelist;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Splits one RFC 4180 CSV line (double-quoted fields may hold commas and doubled quotes) with Jackson's CSV parser. */
public final class CsvLine {
    private static final ObjectReader READER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerFor(String[].class);

    private CsvLine() {
    }

    public static List<String> split(String line) {
        if (line.isEmpty()) {
            return List.of("");
        }
        try {
            try (MappingIterator<String[]> it = READER.readValues(line)) {
                return List.of(it.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split CSV line '" + line + "': " + e.getMessage(), e);
        }
    }
}
