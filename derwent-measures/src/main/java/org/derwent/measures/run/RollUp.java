package org.derwent.measures.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derwent.measures.plan.Breakdown;

/**
 * Sums fine-grained group counts into coarser breakdowns in Java: rows grouped by several breakdown columns at once
 * (e.g. place, ICP, district, PCN and practice) give each breakdown's groups, and the whole ICB, by addition. The
 * result equals a GROUP BY of each column alone because every numerator and denominator is a sum.
 */
final class RollUp {
    private final List<Breakdown> breakdowns;
    private final int indicators;
    private final Map<Breakdown, Map<String, double[][]>> groups = new EnumMap<>(Breakdown.class);

    RollUp(List<Breakdown> breakdowns, int indicators) {
        this.breakdowns = List.copyOf(breakdowns);
        this.indicators = indicators;
        breakdowns.forEach(b -> groups.put(b, new TreeMap<>()));
    }

    /** Adds every row of a result with one column per breakdown and {@code n_<i>}, {@code d_<i>} per indicator. */
    void addAll(ResultSet rs) throws SQLException {
        double[] n = new double[indicators];
        double[] d = new double[indicators];
        while (rs.next()) {
            for (int i = 0; i < indicators; i++) {
                n[i] = rs.getDouble("n_" + i);
                d[i] = rs.getDouble("d_" + i);
            }
            for (Breakdown b : breakdowns) {
                String code = b.column() == null ? Breakdown.ICB_GROUP_CODE : rs.getString(b.column());
                double[][] sums = groups.get(b).computeIfAbsent(code, k -> new double[2][indicators]);
                for (int i = 0; i < indicators; i++) {
                    sums[0][i] += n[i];
                    sums[1][i] += d[i];
                }
            }
        }
    }

    /** One count per group of every breakdown, breakdowns in the order given, groups by code. */
    List<GroupCount> counts() {
        List<GroupCount> out = new ArrayList<>();
        for (Breakdown b : breakdowns) {
            groups.get(b).forEach((code, sums) -> out.add(new GroupCount(b, code, -1, sums[0], sums[1])));
        }
        return out;
    }
}
