package org.derwent.measures.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.result.IndicatorStatistics;
import org.derwent.measures.result.InequalityRow;
import org.derwent.measures.result.MeasureRow;

/** Collects each indicator's IMD-decile rows and asks for its slope and relative index of inequality. */
final class Inequality {
    private Inequality() {
    }

    static List<InequalityRow> of(IndicatorStatistics stats, LocalDate periodEnd, List<IndicatorDef> inds, List<MeasureRow> rows) {
        List<InequalityRow> out = new ArrayList<>();
        for (IndicatorDef ind : inds) {
            List<double[]> deciles = new ArrayList<>();
            for (int d = 1; d <= 10; d++) {
                deciles.add(null);
            }
            for (MeasureRow r : rows) {
                if (r.indicatorId().equals(ind.id()) && r.breakdown().equals("imd_decile") && r.value() != null
                        && r.groupCode().matches("\\d+")) {
                    int d = Integer.parseInt(r.groupCode());
                    if (d >= 1 && d <= 10) {
                        deciles.set(d - 1, new double[] {r.numerator(), r.denominator(), r.value(),
                                r.lower95() == null ? Double.NaN : r.lower95(), r.upper95() == null ? Double.NaN : r.upper95()});
                    }
                }
            }
            InequalityRow row = stats.inequality(ind.id(), periodEnd, deciles, ind.catalogue().unit());
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }
}
