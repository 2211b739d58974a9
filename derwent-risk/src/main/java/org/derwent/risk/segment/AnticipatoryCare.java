package org.derwent.risk.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.derwent.risk.features.PersonFeatures;
import org.derwent.risk.model.Factor;

/**
 * The anticipatory-care cohort for multidisciplinary review: people in the complex or frailty segment who are in
 * the top 5% of emergency-admission risk. People in the end-of-life segment are left to palliative care
 * pathways. Priority is the risk tier (1 = top 0.5%, 2 = 0.5-2%, 3 = 2-5%).
 */
public final class AnticipatoryCare {
    /** The indicator id of the case list. */
    public static final String INDICATOR = "ANTICIPATORY_CARE";

    /** One person on the list. */
    public record Case(String personId, String practiceCode, String reason, int priority) {
    }

    private AnticipatoryCare() {
    }

    public static boolean eligible(Segment segment, RiskTier tier) {
        return (segment == Segment.COMPLEX || segment == Segment.FRAILTY) && tier.top5();
    }

    public static List<Case> select(List<PersonFeatures> people, Segment[] segments, double[] scores, RiskTier[] tiers,
            List<List<Factor>> factors, String model) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (eligible(segments[i], tiers[i])) {
                PersonFeatures p = people.get(i);
                String why = factors.get(i).stream().map(f -> f.factor() + " (" + f.value() + ")")
                        .collect(Collectors.joining(", "));
                String reason = String.format(Locale.ROOT, "%s segment, %d long-term condition%s; 12-month emergency"
                        + " admission risk %.1f%% (%s tier, %s model)%s", segments[i].label(), p.ltcCount(),
                        p.ltcCount() == 1 ? "" : "s", scores[i] * 100, tiers[i].label(), model,
                        why.isEmpty() ? "" : "; top factors: " + why);
                out.add(new Case(p.personId(), p.practiceCode(), reason, tiers[i].rank()));
            }
        }
        return out;
    }
}
