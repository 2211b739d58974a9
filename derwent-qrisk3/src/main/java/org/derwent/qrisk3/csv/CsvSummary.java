/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a scoring run did.
 *
 * @param rows data rows read
 * @param scored rows given a score
 * @param rowsWithImputation scored rows with at least one imputed input
 * @param imputedByInput per input (ClinRisk term), the number of scored rows where it was imputed
 * @param firstErrors up to ten messages for rows that could not be scored, each naming line, column and value
 * @param passedThrough header columns that are not QRISK3 inputs and were copied unchanged
 */
public record CsvSummary(long rows, long scored, long rowsWithImputation, Map<String, Long> imputedByInput,
        List<String> firstErrors, List<String> passedThrough) {
    public CsvSummary {
        imputedByInput = Map.copyOf(imputedByInput);
        firstErrors = List.copyOf(firstErrors);
        passedThrough = List.copyOf(passedThrough);
    }

    /** Rows that could not be scored. */
    public long errors() {
        return rows - scored;
    }

    /** Human-readable lines: counts, the share of imputed inputs, and the first errors. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%,d rows read, %,d scored, %,d could not be scored", rows, scored, errors()));
        out.add(String.format(Locale.ROOT, "rows with at least one imputed input: %,d (%s)", rowsWithImputation,
                share(rowsWithImputation)));
        for (String term : List.of("ethrisk", "bmi", "rati", "sbp", "sbps5", "town")) {
            long n = imputedByInput.getOrDefault(term, 0L);
            out.add(String.format(Locale.ROOT, "  imputed %-7s %,d (%s)", term, n, share(n)));
        }
        if (!passedThrough.isEmpty()) {
            out.add("columns that are not QRISK3 inputs (copied unchanged): " + String.join(", ", passedThrough));
        }
        firstErrors.forEach(e -> out.add("error: " + e));
        return out;
    }

    private String share(long n) {
        return scored == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% of scored rows", 100.0 * n / scored);
    }
}
