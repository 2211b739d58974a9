/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.derwent.qrisk3.Diabetes;
import org.derwent.qrisk3.Ethnicity;
import org.derwent.qrisk3.Qrisk3Flag;
import org.derwent.qrisk3.Qrisk3Input;
import org.derwent.qrisk3.Qrisk3InputException;
import org.derwent.qrisk3.Sex;
import org.derwent.qrisk3.Smoking;

/** Turns one CSV row into a {@link Qrisk3Input}, applying the codings of docs/qrisk3.md. */
final class Qrisk3RowParser {
    private Qrisk3RowParser() {
    }

    /**
     * Parses a row.
     *
     * @throws Qrisk3InputException naming the column and value that cannot be read
     */
    static Qrisk3Input parse(List<String> row, Qrisk3Header h) {
        int age = wholeNumber(h.cell(row, Qrisk3Column.AGE), "age", "a whole number of years 25-84");
        Sex sex = Sex.parse(h.cell(row, Qrisk3Column.SEX));
        String eth = h.cell(row, Qrisk3Column.ETHRISK);
        int ethCode = eth.isEmpty() ? 0 : wholeNumber(eth, "ethrisk", "an ethnicity code 1-9 (0 or blank = not stated)");
        Ethnicity ethnicity = ethCode == 0 ? null : Ethnicity.ofCode(ethCode);
        String smoke = h.cell(row, Qrisk3Column.SMOKE_CAT);
        if (smoke.isEmpty()) {
            throw new Qrisk3InputException("smoke_cat", "", "a smoking code 0-4 (smoking status cannot be imputed)");
        }
        Smoking smoking = Smoking.ofCode(wholeNumber(smoke, "smoke_cat", "a smoking code 0-4"));
        boolean t1 = yes(h, row, Qrisk3Column.B_TYPE1);
        boolean t2 = yes(h, row, Qrisk3Column.B_TYPE2);
        if (t1 && t2) {
            throw new Qrisk3InputException("b_type2", "1", "0 when b_type1 is 1 (type 1 and type 2 diabetes exclude each other)");
        }
        Set<Qrisk3Flag> flags = EnumSet.noneOf(Qrisk3Flag.class);
        for (Qrisk3Column c : Qrisk3Column.values()) {
            if (c.flag() != null && yes(h, row, c)) {
                flags.add(c.flag());
            }
        }
        return new Qrisk3Input(age, sex, ethnicity, smoking, measure(h, row, Qrisk3Column.BMI),
                measure(h, row, Qrisk3Column.RATI), measure(h, row, Qrisk3Column.SBP), measure(h, row, Qrisk3Column.SBPS5),
                measure(h, row, Qrisk3Column.TOWN), t1 ? Diabetes.TYPE_1 : t2 ? Diabetes.TYPE_2 : Diabetes.NONE, flags);
    }

    private static boolean yes(Qrisk3Header h, List<String> row, Qrisk3Column c) {
        String v = h.cell(row, c);
        return switch (v) {
            case "", "0" -> false;
            case "1" -> true;
            default -> throw new Qrisk3InputException(c.header(), v, "0 or 1 (blank = 0, not recorded)");
        };
    }

    private static Double measure(Qrisk3Header h, List<String> row, Qrisk3Column c) {
        String v = h.cell(row, c);
        if (v.isEmpty() || v.equalsIgnoreCase("NA")) {
            return null;
        }
        return number(v, c.header(), "a number (or blank when unknown)");
    }

    private static int wholeNumber(String v, String field, String expected) {
        double d = number(v, field, expected);
        if (d != Math.rint(d) || Math.abs(d) > 1_000_000) {
            throw new Qrisk3InputException(field, v, expected);
        }
        return (int) d;
    }

    private static double number(String v, String field, String expected) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Qrisk3InputException(field, v, expected);
    }
}
