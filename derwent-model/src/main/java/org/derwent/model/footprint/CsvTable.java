package org.derwent.model.footprint;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads one configuration CSV table row by row, giving typed access that names file, line and field. */
final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTable() {
    }

    /** One row of a configuration table. */
    record Row(Path file, long line, Map<String, String> values) {
        String text(String field) {
            String v = values.get(field);
            if (v == null || v.isBlank()) {
                throw new FootprintException(file, line, field, v == null ? "" : v, "a value is required");
            }
            return v.trim();
        }

        String optional(String field) {
            String v = values.get(field);
            return v == null ? "" : v.trim();
        }

        int integer(String field) {
            String v = text(field);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new FootprintException(file, line, field, v, "a whole number");
            }
        }

        double decimal(String field) {
            String v = text(field);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new FootprintException(file, line, field, v, "a number");
            }
        }
    }

    static void read(Path file, List<String> requiredColumns, Consumer<Row> consumer) {
        if (!Files.isReadable(file)) {
            throw new FootprintException("Configuration table not found or unreadable: " + file);
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class).with(schema).readValues(file.toFile())) {
            List<String> header = new ArrayList<>();
            long line = 1;
            while (it.hasNext()) {
                Map<String, String> values = it.next();
                line++;
                if (header.isEmpty()) {
                    header.addAll(values.keySet());
                    for (String c : requiredColumns) {
                        if (!values.containsKey(c)) {
                            throw new FootprintException(file, 1, c, "", "column missing from header " + header);
                        }
                    }
                }
                consumer.accept(new Row(file, line, values));
            }
        } catch (IOException e) {
            throw new FootprintException(file, "cannot read CSV: " + e.getMessage(), e);
        }
    }
}
