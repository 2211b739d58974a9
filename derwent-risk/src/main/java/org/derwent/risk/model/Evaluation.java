package org.derwent.risk.model;

import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.features.Cohort;
import org.derwent.risk.features.PersonFeatures;

/** A model's performance on the temporal test cohort. */
public record Evaluation(int n, int events, double prevalence, double meanPredicted, double auroc,
        Calibration calibration, double brier, List<CalibrationBin> deciles, List<SubgroupPerformance> subgroups) {

    /** Evaluates predictions {@code p} against the test cohort's outcomes, overall and by IMD quintile, ethnicity, sex. */
    public static Evaluation of(Cohort test, double[] p) {
        boolean[] y = test.outcomes();
        int events = 0;
        double sumP = 0;
        double brier = 0;
        for (int i = 0; i < y.length; i++) {
            events += y[i] ? 1 : 0;
            sumP += p[i];
            double d = p[i] - (y[i] ? 1 : 0);
            brier += d * d;
        }
        int n = Math.max(1, y.length);
        List<PersonFeatures> people = test.people();
        List<SubgroupPerformance> groups = new ArrayList<>();
        groups.addAll(SubgroupPerformance.by("imd_quintile", i -> people.get(i).imdQuintile() == 0 ? "unknown"
                : String.valueOf(people.get(i).imdQuintile()), p, y));
        groups.addAll(SubgroupPerformance.by("ethnicity", i -> people.get(i).ethnicGroup(), p, y));
        groups.addAll(SubgroupPerformance.by("sex", i -> people.get(i).sex(), p, y));
        return new Evaluation(y.length, events, events / (double) n, sumP / n, Auroc.of(p, y), Calibration.fit(p, y),
                brier / n, CalibrationBin.deciles(p, y), groups);
    }

    /** Observed over expected events in the whole test set. */
    public double observedOverExpected() {
        return meanPredicted > 0 ? prevalence / meanPredicted : Double.NaN;
    }
}
