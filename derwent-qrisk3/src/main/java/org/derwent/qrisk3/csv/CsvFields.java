/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

import java.util.ArrayList;
import java.util.List;

/** Splits and joins one CSV record (RFC 4180 quoting; a record must fit on one line). */
final class CsvFields {
    private CsvFields() {
    }

    /**
     * The fields of one line.
     *
     * @throws IllegalArgumentException when a quoted field is not closed on the line
     */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>(32);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed on this line (multi-line fields are not supported)");
        }
        out.add(cur.toString());
        return out;
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
