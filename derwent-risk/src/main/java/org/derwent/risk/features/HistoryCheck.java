package org.derwent.risk.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that the store's history covers the training and test years as well as the scoring year: the mean of each
 * activity and medicine feature per person in each cohort. When a validation cohort's mean is under half the
 * scoring cohort's, the history is too short (or the feed incomplete) for that window and the temporal validation
 * is not a fair test; the warning goes to the console, metrics.json and the model card.
 */
public record HistoryCheck(Map<String, Map<String, Double>> means, List<String> warnings) {
    static final List<String> FEATURES = List.of("gp_12m", "ae_12m", "emergency_12m", "outpatient_12m",
            "medicines_6m");

    public static HistoryCheck of(Cohort train, Cohort test, Cohort score) {
        Map<String, Map<String, Double>> means = new LinkedHashMap<>();
        Map<String, Double> now = means(score);
        means.put("train " + train.indexDate(), means(train));
        means.put("test " + test.indexDate(), means(test));
        means.put("score " + score.indexDate(), now);
        List<String> warnings = new ArrayList<>();
        for (Cohort c : List.of(train, test)) {
            Map<String, Double> m = means(c);
            for (String f : FEATURES) {
                double ref = now.getOrDefault(f, 0.0);
                if (ref > 0 && m.getOrDefault(f, 0.0) < 0.5 * ref) {
                    warnings.add(String.format(Locale.ROOT, "%s per person in the year before %s is %.3f, under half"
                            + " of %.3f before %s: the store's history does not cover that window", f, c.indexDate(),
                            m.get(f), ref, score.indexDate()));
                }
            }
        }
        return new HistoryCheck(means, List.copyOf(warnings));
    }

    private static Map<String, Double> means(Cohort c) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String f : FEATURES) {
            int j = c.features().indexOf(f);
            if (j >= 0) {
                double sum = 0;
                for (PersonFeatures p : c.people()) {
                    sum += p.values()[j];
                }
                out.put(f, c.size() == 0 ? 0 : sum / c.size());
            }
        }
        return out;
    }
}
