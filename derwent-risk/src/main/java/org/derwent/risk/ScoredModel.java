package org.derwent.risk;

import java.util.List;
import org.derwent.risk.model.Factor;
import org.derwent.risk.model.ModelReport;
import org.derwent.risk.segment.RiskTier;

/** A model's scores for everyone at t, their tiers and top factors, and how long scoring took. */
public record ScoredModel(ModelReport report, double[] scores, RiskTier[] tiers, List<List<Factor>> factors,
        String[] explanationMethod, double predictSeconds, double explainSeconds) {
    public String id() {
        return report.model().id();
    }
}
