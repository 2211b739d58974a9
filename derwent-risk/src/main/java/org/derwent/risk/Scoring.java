package org.derwent.risk;

import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.features.Cohort;
import org.derwent.risk.model.Explainer;
import org.derwent.risk.model.Factor;
import org.derwent.risk.model.ModelReport;
import org.derwent.risk.model.RiskModel;
import org.derwent.risk.segment.RiskTier;

/**
 * Scores everyone at t with a model, assigns tiers and explains each score. Logistic-regression scores are all
 * explained by coefficient x z. Boosted-tree scores are explained by TreeSHAP for the people in its top 5% (the
 * people who reach tiers and case lists); for the rest the logistic-regression factors are given, marked
 * {@code lr_fallback}, because exact TreeSHAP for a whole ICS costs more than the scoring budget.
 */
final class Scoring {
    private Scoring() {
    }

    static ScoredModel score(ModelReport report, RiskModel fallback, Cohort cohort, List<double[]> z,
            Explainer explainer) {
        RiskModel model = report.model();
        long t0 = System.nanoTime();
        double[] p = model.predict(z);
        RiskTier[] tiers = RiskTier.assign(p);
        double predictSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        int n = cohort.size();
        List<List<Factor>> factors = new ArrayList<>(n);
        String[] method = new String[n];
        RiskModel.Contributions own;
        List<Integer> ownRows = new ArrayList<>();
        if (model == fallback) {
            for (int i = 0; i < n; i++) {
                ownRows.add(i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (tiers[i].top5()) {
                    ownRows.add(i);
                }
            }
        }
        own = model.contributions(ownRows.stream().map(z::get).toList());
        RiskModel.Contributions lr = model == fallback ? own : fallback.contributions(z);
        int k = 0;
        for (int i = 0; i < n; i++) {
            double[] raw = cohort.people().get(i).values();
            if (k < ownRows.size() && ownRows.get(k) == i) {
                factors.add(explainer.topFactors(raw, own.rows().get(k)));
                method[i] = model.id().equals("lr") ? "lr_coefficient_x_z" : "treeshap";
                k++;
            } else {
                factors.add(explainer.topFactors(raw, lr.rows().get(i)));
                method[i] = "lr_fallback";
            }
        }
        double explainSeconds = (System.nanoTime() - t0) / 1e9;
        return new ScoredModel(report, p, tiers, factors, method, predictSeconds, explainSeconds);
    }
}
