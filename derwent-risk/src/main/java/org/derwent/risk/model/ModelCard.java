package org.derwent.risk.model;

import java.util.Locale;
import org.derwent.risk.features.Feature;
import org.derwent.risk.features.FeatureSet;

/** Writes a model card (Markdown): method, data periods, features, metrics, subgroups, intended use, limitations. */
public final class ModelCard {
    private ModelCard() {
    }

    public static String markdown(ModelReport report, TemporalValidation.Result validation, ValidationPeriods periods,
            FeatureSet features, boolean compositeScoresWired, java.util.List<String> historyWarnings) {
        RiskModel m = report.model();
        Evaluation e = report.evaluation();
        StringBuilder s = new StringBuilder();
        s.append("# Model card: 12-month emergency admission risk (").append(m.id()).append(")\n\n");
        s.append("## Model\n").append(m.method()).append(". Trained with a fixed seed (deterministic).\n")
                .append("Inputs are standardised (counts as ln(1 + n), then z-scores with the training cohort's mean"
                        + " and SD). Saved as Tribuo protobuf `model.tribuo`; `standardisation.json` holds the"
                        + " means and SDs.\n\n");
        s.append("## Outcome and data periods\n")
                .append("Outcome: at least one emergency admission (encounter setting `admitted`, admission method"
                        + " 21-2D/28) in the 12 months after the index date.\n\n")
                .append(f("- Store extract date t: %s%n", periods.extractDate()))
                .append(f("- Training: people registered and alive at %s (outcome to %s): %,d people, %,d events"
                        + " (a seeded random sample of the %,d in the cohort when larger than the cap)%n",
                        periods.trainIndex(), periods.testIndex(), validation.trainN(), validation.trainEvents(),
                        validation.trainCohortN()))
                .append(f("- Temporal test: people registered and alive at %s (outcome to %s): %,d people, %,d events"
                        + "%n", periods.testIndex(), periods.extractDate(), e.n(), e.events()))
                .append(f("- Scoring: everyone registered and alive at %s (risk of admission in the next 12 months)"
                        + "%n%n", periods.scoreIndex()));
        s.append("## Features\n| feature | meaning | transform |\n|---|---|---|\n");
        for (Feature f : features.features()) {
            s.append(f("| `%s` | %s | %s |%n", f.name(), f.label(), f.kind() == Feature.Kind.COUNT ? "ln(1 + n)"
                    : f.kind() == Feature.Kind.BINARY ? "0/1" : "as is"));
        }
        s.append(compositeScoresWired ? "\neFI and CMS are computed from the store with the frailty and multimorbidity"
                + " packages (codes up to the index date; proxy codelists for part of the deficits and conditions,"
                + " none for the rest, so both undercount: see docs/frailty-multimorbidity.md).\n\n"
                : "\neFI and CMS were not available to this run (no composite-score source wired), so they are not"
                + " features.\n\n");
        s.append("## Performance on the temporal test year\n")
                .append(f("- AUROC: %.3f (age alone: %.3f)%n", e.auroc(), validation.baselineAgeAuroc()))
                .append(f("- Calibration slope: %.3f; intercept: %.3f (joint logistic recalibration of the predicted"
                        + " logit); calibration-in-the-large: %.3f%n", e.calibration().slope(),
                        e.calibration().intercept(), e.calibration().inTheLarge()))
                .append(f("- Observed / expected events: %.3f; Brier score: %.4f; observed rate %.4f, mean predicted"
                        + " %.4f%n", e.observedOverExpected(), e.brier(), e.prevalence(), e.meanPredicted()))
                .append(f("- Training time: %.1f s%n%n", report.trainSeconds()))
                .append("Calibration plot: `calibration.svg`.\n\n| decile | n | mean predicted | observed |\n|---|---|---|---|\n");
        for (CalibrationBin b : e.deciles()) {
            s.append(f("| %d | %,d | %.4f | %.4f |%n", b.decile(), b.n(), b.meanPredicted(), b.observed()));
        }
        s.append("\n### By subgroup\n| breakdown | group | n | events | AUROC | observed / expected |\n"
                + "|---|---|---|---|---|---|\n");
        for (SubgroupPerformance g : e.subgroups()) {
            s.append(f("| %s | %s | %,d | %,d | %s | %s |%n", g.breakdown(), g.group(), g.n(), g.events(),
                    num(g.auroc(), "%.3f"), num(g.observedOverExpected(), "%.3f")));
        }
        s.append("\n## Explanations\nEach score lists its top contributing factors: ").append(m.explanationMethod())
                .append(", summed by factor group (age terms; deprivation dummies), largest risk-raising first.\n\n");
        s.append("""
            ## Intended use
            Population health management in an Integrated Care System: ranking registered patients by their risk of
            an emergency admission in the next 12 months to find people for proactive, anticipatory care review
            (risk tiers, case lists), and describing need by practice, PCN, Place and population group. Scores
            support clinical judgement; they are not a diagnosis and must not ration access to care.

            ## Limitations
            - Trained and validated on this store's own history: performance depends on the completeness of
              primary care coding and of hospital activity feeds; admissions at providers not in the feed are missed.
            - Temporal validation covers one later year only; re-train yearly and watch calibration drift.
            - People who die without an admission count as non-events (no competing-risk adjustment).
            - Ethnicity is not a predictor; performance by ethnic group, deprivation and sex is reported above -
              check observed / expected before acting on scores for a subgroup.
            - Registers use NHS England primary care refset clusters from reference/codelists; medicines are
              counted as distinct codes issued, which overcounts strength changes of one medicine.
            """);
        for (String w : historyWarnings) {
            s.append("- **History check:** ").append(w).append(".\n");
        }
        return s.toString();
    }

    private static String num(double v, String format) {
        return Double.isNaN(v) ? "n/a" : f(format, v);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
