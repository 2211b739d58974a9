package org.derwent.measures.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;
import org.derwent.measures.stats.ImprovementDirection;
import org.derwent.measures.stats.funnel.FunnelAnalysis;
import org.derwent.measures.stats.funnel.FunnelPoint;
import org.derwent.measures.stats.funnel.FunnelType;
import org.derwent.measures.stats.funnel.FunnelUnit;
import org.derwent.measures.stats.funnel.OverdispersionMethod;
import org.derwent.measures.stats.inequality.InequalityResult;
import org.derwent.measures.stats.inequality.InequalityTransform;
import org.derwent.measures.stats.inequality.QuantileValue;
import org.derwent.measures.stats.inequality.SlopeIndex;
import org.derwent.measures.stats.proportion.WilsonInterval;
import org.derwent.measures.stats.rate.AgeBand;
import org.derwent.measures.stats.rate.BandCount;
import org.derwent.measures.stats.rate.CrudeRate;
import org.derwent.measures.stats.rate.DirectlyStandardisedRate;
import org.derwent.measures.stats.rate.Esp2013;
import org.derwent.measures.stats.rate.PoissonMethod;

/** The one place the measure engine calls org.derwent.measures.stats (Wilson, Byar, DSR, funnels, SII). */
public final class StatsBridge implements IndicatorStatistics {
    /** Monte Carlo repetitions for SII/RII limits (fixed seed, so runs repeat exactly). */
    static final int SII_REPETITIONS = 10_000;

    @Override
    public Estimate proportion(double numerator, double denominator) {
        ConfidenceInterval ci = WilsonInterval.of(numerator, denominator, ConfidenceLevel.P95);
        return new Estimate(numerator / denominator, ci.lower(), ci.upper());
    }

    @Override
    public Estimate rate(double events, double population, double multiplier) {
        CrudeRate r = CrudeRate.of(events, population, multiplier, PoissonMethod.BYAR);
        return new Estimate(r.value(), r.estimate().ci95().lower(), r.estimate().ci95().upper());
    }

    @Override
    public Estimate standardised(double[] events, double[] population, double multiplier) {
        List<AgeBand> bands = Esp2013.standardBands();
        List<BandCount> counts = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            counts.add(BandCount.esp2013(bands.get(i), events[i], population[i]));
        }
        return DirectlyStandardisedRate.of(counts, multiplier).estimate()
                .map(e -> new Estimate(e.value(), e.ci95().lower(), e.ci95().upper()))
                .orElse(Estimate.NONE);
    }

    @Override
    public Map<String, String> funnelFlags(Map<String, double[]> units, String unit, String direction) {
        Map<String, String> out = new HashMap<>();
        if (units.isEmpty()) {
            return out;
        }
        List<FunnelUnit> list = new ArrayList<>();
        double o = 0;
        double n = 0;
        for (Map.Entry<String, double[]> e : units.entrySet()) {
            list.add(new FunnelUnit(e.getKey(), e.getValue()[0], e.getValue()[1]));
            o += e.getValue()[0];
            n += e.getValue()[1];
        }
        if (!(o > 0) || !(n > 0)) {
            // no events (or no denominator) anywhere: there is no target to draw limits around, so no unit is flagged
            return out;
        }
        FunnelType type = switch (unit) {
            case "proportion" -> FunnelType.PROPORTION;
            case "per_1000" -> FunnelType.RATE;
            default -> FunnelType.RATIO;
        };
        ImprovementDirection dir = ImprovementDirection.parse(direction);
        FunnelAnalysis f = FunnelAnalysis.run(list, type, OptionalDouble.of(o / n), OverdispersionMethod.NONE, dir, 1);
        for (FunnelPoint p : f.points()) {
            out.put(p.unit().unit(), p.significance().code());
        }
        return out;
    }

    @Override
    public InequalityRow inequality(String indicatorId, LocalDate periodEnd, List<double[]> deciles, String unit) {
        List<QuantileValue> values = new ArrayList<>();
        for (int i = 0; i < deciles.size(); i++) {
            double[] d = deciles.get(i);
            if (d != null && d[1] > 0 && !Double.isNaN(d[3]) && !Double.isNaN(d[4]) && d[4] > d[3]) {
                values.add(QuantileValue.fromLimits(i + 1, d[1], d[2], d[3], d[4]));
            }
        }
        if (values.size() < SlopeIndex.MIN_QUANTILES) {
            return null;
        }
        InequalityResult r = SlopeIndex.of(values, InequalityTransform.NONE, 1, 0.95, SII_REPETITIONS, 1L);
        return new InequalityRow(indicatorId, periodEnd, "imd_decile", r.sii(), r.siiCi().lower(), r.siiCi().upper(),
                r.rii(), r.riiCi().lower(), r.riiCi().upper());
    }
}
