/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each input column sits in a file's header line. */
final class Qrisk3Header {
    private final int[] index = new int[Qrisk3Column.values().length];
    private final int width;
    private final List<String> passedThrough = new ArrayList<>();

    private Qrisk3Header(int width) {
        this.width = width;
        Arrays.fill(index, -1);
    }

    /**
     * Reads the header.
     *
     * @throws IllegalArgumentException naming a duplicated column, a reserved output column, or a missing required one
     */
    static Qrisk3Header of(List<String> names) {
        Qrisk3Header h = new Qrisk3Header(names.size());
        Map<Qrisk3Column, Integer> seen = new EnumMap<>(Qrisk3Column.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            if (Qrisk3CsvScorer.OUTPUT_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("column " + (i + 1) + " '" + name + "' is an output column name; rename or drop it");
            }
            Qrisk3Column c = Qrisk3Column.ofHeader(name);
            if (c != null) {
                Integer before = seen.put(c, i);
                if (before != null) {
                    throw new IllegalArgumentException("column '" + c.header() + "' appears twice (columns " + (before + 1)
                            + " and " + (i + 1) + ")");
                }
                h.index[c.ordinal()] = i;
            } else {
                h.passedThrough.add(name);
            }
        }
        for (Qrisk3Column c : Qrisk3Column.values()) {
            if (c.required() && h.index[c.ordinal()] < 0) {
                throw new IllegalArgumentException("required column '" + c.header() + "' is missing from the header");
            }
        }
        return h;
    }

    /** Header names that are not inputs and are copied through unchanged (a misspelt input name shows up here). */
    List<String> passedThrough() {
        return List.copyOf(passedThrough);
    }

    /** Number of columns in the header. */
    int width() {
        return width;
    }

    /** The trimmed cell of a column, or "" when the file has no such column. */
    String cell(List<String> row, Qrisk3Column c) {
        int i = index[c.ordinal()];
        return i < 0 ? "" : row.get(i).trim();
    }
}
