/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.List;

/** Splits one CSV record with Jackson's CSV parser (RFC 4180 quoting; a record must fit on one line) and joins fields. */
final class CsvFields {
    private static final ObjectReader LINES = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class);

    private CsvFields() {
    }

    /**
     * The fields of one line.
     *
     * @throws IllegalArgumentException when a quoted field is not closed on the line
     */
    static List<String> split(String line) {
        try (MappingIterator<List<String>> records = LINES.readValues(line)) {
            return records.hasNext() ? records.next() : List.of("");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("a quoted field is not closed on this line (multi-line fields are not "
                    + "supported): " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Appends a field, quoting it when it holds a comma, quote or line break. */
    static void append(StringBuilder sb, String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            sb.append(field);
        } else {
            sb.append('"').append(field.replace("\"", "\"\"")).append('"');
        }
    }
}
