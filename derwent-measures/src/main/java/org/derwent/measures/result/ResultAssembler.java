package org.derwent.measures.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.plan.Breakdown;
import org.derwent.measures.run.GroupCount;

/**
 * Turns grouped counts into result rows: values and 95% limits by unit (Wilson for proportions, Byar for rates
 * and ratios), ESP2013 standardised companions ({@code <ID>_DSR}) and funnel flags for practices and PCNs.
 */
public final class ResultAssembler {
    /** Suffix of the standardised companion of an indicator. */
    public static final String DSR_SUFFIX = "_DSR";
    private final IndicatorStatistics stats;
    private final GroupNames names;

    public ResultAssembler(IndicatorStatistics stats, GroupNames names) {
        this.stats = stats;
        this.names = names;
    }

    public List<MeasureRow> rows(LocalDate periodEnd, List<IndicatorDef> indicators, List<GroupCount> counts,
            List<IndicatorDef> standardised, List<GroupCount> espCounts) {
        List<MeasureRow> out = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDef ind = indicators.get(i);
            List<MeasureRow> rows = new ArrayList<>();
            for (GroupCount g : counts) {
                double n = g.numerators()[i];
                double d = g.denominators()[i];
                if (d <= 0 && g.breakdown() != Breakdown.ICB) {
                    continue;
                }
                Estimate e = estimate(ind.catalogue().unit(), n, d);
                rows.add(new MeasureRow(ind.id(), periodEnd, g.breakdown().key(), g.groupCode(),
                        names.name(g.breakdown(), g.groupCode()), n, d, e.value(), e.lower95(), e.upper95(), null, false));
            }
            out.addAll(withFunnels(rows, ind.catalogue().unit(), ind.catalogue().direction()));
        }
        for (int i = 0; i < standardised.size(); i++) {
            out.addAll(standardisedRows(periodEnd, standardised.get(i), i, espCounts));
        }
        return out;
    }

    /** Value and limits of one group for an indicator unit. */
    public Estimate estimate(String unit, double n, double d) {
        if (d <= 0) {
            return Estimate.NONE;
        }
        return switch (unit) {
            case "proportion" -> stats.proportion(n, d);
            case "per_1000" -> stats.rate(n, d, 1000);
            default -> stats.rate(n, d, 1);
        };
    }

    private List<MeasureRow> withFunnels(List<MeasureRow> rows, String unit, String direction) {
        Map<String, Map<String, double[]>> units = new HashMap<>();
        for (MeasureRow r : rows) {
            if (Breakdown.fromKey(r.breakdown()).funnel() && r.denominator() > 0 && !"UNKNOWN".equals(r.groupCode())) {
                units.computeIfAbsent(r.breakdown(), k -> new LinkedHashMap<>())
                        .put(r.groupCode(), new double[] {r.numerator(), r.denominator()});
            }
        }
        Map<String, Map<String, String>> flags = new HashMap<>();
        units.forEach((b, u) -> flags.put(b, stats.funnelFlags(u, unit, direction)));
        List<MeasureRow> out = new ArrayList<>(rows.size());
        for (MeasureRow r : rows) {
            Map<String, String> f = flags.get(r.breakdown());
            out.add(f == null ? r : r.withFunnelFlag(f.get(r.groupCode())));
        }
        return out;
    }

    private List<MeasureRow> standardisedRows(LocalDate periodEnd, IndicatorDef ind, int i, List<GroupCount> espCounts) {
        Map<String, double[][]> bands = new LinkedHashMap<>();
        Map<String, GroupCount> first = new LinkedHashMap<>();
        for (GroupCount g : espCounts) {
            if (g.espBand() < 0 || g.espBand() > 18) {
                continue;
            }
            String key = g.breakdown().key() + "|" + g.groupCode();
            double[][] b = bands.computeIfAbsent(key, k -> new double[2][19]);
            b[0][g.espBand()] += g.numerators()[i];
            b[1][g.espBand()] += g.denominators()[i];
            first.putIfAbsent(key, g);
        }
        double multiplier = ind.catalogue().unit().equals("per_1000") ? 1000 : 1;
        List<MeasureRow> rows = new ArrayList<>();
        bands.forEach((key, b) -> {
            GroupCount g = first.get(key);
            double n = sum(b[0]);
            double d = sum(b[1]);
            if (d <= 0) {
                return;
            }
            Estimate e = stats.standardised(b[0], b[1], multiplier);
            rows.add(new MeasureRow(ind.id() + DSR_SUFFIX, periodEnd, g.breakdown().key(), g.groupCode(),
                    names.name(g.breakdown(), g.groupCode()), n, d, e.value(), e.lower95(), e.upper95(), null, false));
        });
        return rows;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
