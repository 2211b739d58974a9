package org.derwent.risk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.derwent.risk.continuity.FrequentAttenders;
import org.derwent.risk.features.Cohort;
import org.derwent.risk.model.Factor;
import org.derwent.risk.output.CaseRow;
import org.derwent.risk.output.CatalogueEntry;
import org.derwent.risk.output.GroupNames;
import org.derwent.risk.output.MeasureRow;
import org.derwent.risk.output.ScoreRow;
import org.derwent.risk.output.ShareMeasures;
import org.derwent.risk.output.StoreWriter;
import org.derwent.risk.segment.AnticipatoryCare;
import org.derwent.risk.segment.Segment;

/** Assembles and writes the store outputs of a run: risk_score, case_list, measure_result, indicator_catalogue. */
final class RiskOutputs {
    static final String RISK_TOP5 = "RISK_TOP5";
    private final Connection connection;

    RiskOutputs(Connection connection) {
        this.connection = connection;
    }

    void write(LocalDate t, Cohort now, Segment[] segments, List<ScoredModel> scored, ScoredModel main,
            List<AnticipatoryCare.Case> acp, List<FrequentAttenders.Case> fa) throws SQLException {
        StoreWriter w = new StoreWriter(connection);
        List<ScoreRow> rows = new ArrayList<>(now.size() * scored.size());
        for (ScoredModel s : scored) {
            for (int i = 0; i < now.size(); i++) {
                rows.add(new ScoreRow(now.people().get(i).personId(), s.id(), s.scores()[i], s.tiers()[i].label(),
                        segments[i].name(), factorsJson(s.explanationMethod()[i], s.factors().get(i))));
            }
        }
        w.writeScores(scored.stream().map(ScoredModel::id).toList(), rows);
        List<CaseRow> cases = new ArrayList<>();
        acp.forEach(c -> cases.add(new CaseRow(AnticipatoryCare.INDICATOR, c.personId(), c.practiceCode(), c.reason(),
                c.priority())));
        fa.forEach(c -> cases.add(new CaseRow(FrequentAttenders.INDICATOR, c.personId(), c.practiceCode(), c.reason(),
                c.priority())));
        w.writeCases(List.of(AnticipatoryCare.INDICATOR, FrequentAttenders.INDICATOR), cases);

        GroupNames names = GroupNames.read(connection);
        Map<String, IntFunction<String>> breakdowns = ShareMeasures.breakdowns(now.people());
        List<MeasureRow> measures = new ArrayList<>(ShareMeasures.build(RISK_TOP5, i -> main.tiers()[i].top5(),
                now.size(), breakdowns, t, names));
        List<String> ids = new ArrayList<>(List.of(RISK_TOP5));
        for (Segment seg : Segment.values()) {
            measures.addAll(ShareMeasures.build(seg.indicatorId(), i -> segments[i] == seg, now.size(), breakdowns, t,
                    names));
            ids.add(seg.indicatorId());
        }
        w.writeMeasures(ids, measures);
        w.writeCatalogue(catalogue(main.id()));
    }

    /** {"method": ..., "factors": [{"factor": ..., "value": ..., "contribution": ...}]} without a JSON library per row. */
    static String factorsJson(String method, List<Factor> factors) {
        StringBuilder b = new StringBuilder(160).append("{\"method\":");
        quote(b, method).append(",\"factors\":[");
        for (int k = 0; k < factors.size(); k++) {
            Factor f = factors.get(k);
            b.append(k == 0 ? "{\"factor\":" : ",{\"factor\":");
            quote(b, f.factor()).append(",\"value\":");
            quote(b, f.value()).append(",\"contribution\":").append(f.contribution()).append('}');
        }
        return b.append("]}").toString();
    }

    private static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"');
    }

    static List<CatalogueEntry> catalogue(String model) {
        String src = "Derwent risk stratification (docs/risk.md)";
        List<CatalogueEntry> out = new ArrayList<>();
        out.add(new CatalogueEntry(RISK_TOP5, "Population in the top 5% emergency-admission risk tier", "risk",
                "Numerator: registered people in the top 5% of 12-month emergency-admission risk (" + model
                        + " model, ICS-wide ranking). Denominator: everyone registered and alive at the extract date.",
                src, "neither", "proportion", false));
        for (Segment s : Segment.values()) {
            out.add(new CatalogueEntry(s.indicatorId(), "Population segment: " + s.label(), "segmentation",
                    "Numerator: registered people in the " + s.label() + " segment (Bridges to Health style rules in"
                            + " docs/risk.md). Denominator: everyone registered and alive at the extract date.",
                    src, "neither", "proportion", false));
        }
        out.add(new CatalogueEntry(AnticipatoryCare.INDICATOR, "Anticipatory care cohort", "risk",
                "Case list: people in the complex or frailty segment in the top 5% emergency-admission risk tier,"
                        + " for multidisciplinary review; priority 1-3 by tier.", src, "neither", "proportion", true));
        out.add(new CatalogueEntry(FrequentAttenders.INDICATOR, "Frequent attenders with low GP continuity", "risk",
                "Case list: A&E >= 4 or same-day GP >= 12 contacts in 12 months with Bice-Boxerman COC below 0.3 or"
                        + " fewer than 2 GP contacts.", src, "neither", "proportion", true));
        return out;
    }
}
