package org.derwent.measures.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.plan.Breakdown;
import org.derwent.measures.result.Catalogue;
import org.derwent.measures.result.CatalogueEntry;
import org.derwent.measures.result.GroupNames;
import org.derwent.measures.result.IndicatorStatistics;
import org.derwent.measures.result.InequalityRow;
import org.derwent.measures.result.MeasureRow;
import org.derwent.measures.result.ResultAssembler;
import org.derwent.measures.result.ResultStore;
import org.derwent.measures.result.SeriesRow;
import org.derwent.measures.run.GroupCount;
import org.derwent.measures.run.MeasureEngine;

/** Runs every indicator at a period end, optionally with the 24-month series, and keeps the results in the store. */
public final class MeasureJob {
    /** Months in the SPC series. */
    public static final int SERIES_MONTHS = 24;
    private final MeasureEngine engine;
    private final IndicatorStatistics stats;
    private final String icbName;

    public MeasureJob(MeasureEngine engine, IndicatorStatistics stats, String icbName) {
        this.engine = engine;
        this.stats = stats;
        this.icbName = icbName;
    }

    /** What a run produced, with the seconds each stage took. */
    public record Output(List<CatalogueEntry> catalogue, List<MeasureRow> results, List<SeriesRow> series,
            List<InequalityRow> inequality, double resultSeconds, double seriesSeconds) {
    }

    /** Computes everything; {@code series} adds the monthly series (23 more pivots, each aggregated without writing the patient-variable table). Nothing is written. */
    public Output compute(Connection c, LocalDate periodEnd, boolean series) throws SQLException {
        long t0 = System.nanoTime();
        List<IndicatorDef> inds = engine.definitions().indicators();
        List<IndicatorDef> std = MeasureEngine.standardised(inds);
        List<Breakdown> all = Arrays.asList(Breakdown.values());
        engine.prepare(c, periodEnd, series ? PeriodEnd.series(periodEnd, SERIES_MONTHS).get(0) : periodEnd);
        List<GroupCount> counts;
        List<GroupCount> esp;
        if (series || !std.isEmpty()) {
            engine.pivot(c, periodEnd, null);
            counts = engine.aggregate(c, inds, all, false);
            esp = engine.aggregate(c, std, all, true);
        } else {
            // aggregated once: the pivot is a sub-query of the aggregate and the patient-variable table is not written
            counts = engine.aggregatePivot(c, periodEnd, inds, all);
            esp = List.of();
        }
        ResultAssembler assembler = new ResultAssembler(stats, GroupNames.load(c, icbName));
        List<MeasureRow> rows = assembler.rows(periodEnd, inds, counts, std, esp);
        List<InequalityRow> inequality = Inequality.of(stats, periodEnd, inds, rows);
        double resultSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        List<SeriesRow> seriesRows = series ? series(c, periodEnd, inds, assembler) : List.of();
        return new Output(Catalogue.of(engine.definitions()), rows, seriesRows, inequality, resultSeconds,
                (System.nanoTime() - t1) / 1e9);
    }

    /** Computes and stores. */
    public Output run(Connection c, LocalDate periodEnd, boolean series) throws SQLException {
        Output out = compute(c, periodEnd, series);
        ResultStore.write(c, engine.dialect(), periodEnd, out.catalogue(), out.results(), out.series(), out.inequality());
        return out;
    }

    /**
     * Computes the monthly series alone and replaces {@code measure_series} with it in one transaction (for
     * {@code ./derwent demo}, which stores the current period first and the series later). Returns the rows.
     */
    public List<SeriesRow> runSeries(Connection c, LocalDate periodEnd) throws SQLException {
        List<IndicatorDef> inds = engine.definitions().indicators();
        // a connection of its own: match events from the first month on and build the period-end pivot the last
        // month is read from (temporary tables of the connection that stored the current period are not visible)
        engine.prepare(c, periodEnd, PeriodEnd.series(periodEnd, SERIES_MONTHS).get(0));
        engine.pivot(c, periodEnd, null);
        ResultAssembler assembler = new ResultAssembler(stats, GroupNames.load(c, icbName));
        List<SeriesRow> rows = series(c, periodEnd, inds, assembler);
        ResultStore.writeSeries(c, engine.dialect(), rows);
        return rows;
    }

    private List<SeriesRow> series(Connection c, LocalDate periodEnd, List<IndicatorDef> inds, ResultAssembler assembler)
            throws SQLException {
        List<SeriesRow> out = new ArrayList<>();
        for (Map.Entry<LocalDate, List<GroupCount>> e : monthlyCounts(c, periodEnd, inds).entrySet()) {
            LocalDate month = e.getKey();
            for (GroupCount g : e.getValue()) {
                for (int i = 0; i < inds.size(); i++) {
                    double n = g.numerators()[i];
                    double d = g.denominators()[i];
                    if (d > 0 || g.breakdown() == Breakdown.ICB) {
                        out.add(new SeriesRow(inds.get(i).id(), g.breakdown().key(), g.groupCode(), month, n, d,
                                assembler.estimate(inds.get(i).catalogue().unit(), n, d).value()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The counts of the series breakdowns for each month of the series, oldest first. Needs the events prepared and
     * the patient-variable table built at {@code periodEnd} (the last month is read from it); each earlier month is
     * one grouped query over its pivot, which is never written as a table.
     */
    public Map<LocalDate, List<GroupCount>> monthlyCounts(Connection c, LocalDate periodEnd, List<IndicatorDef> inds)
            throws SQLException {
        List<GroupCount> last = engine.seriesCountsFromPivot(c, inds);
        Map<LocalDate, List<GroupCount>> out = new java.util.LinkedHashMap<>();
        for (LocalDate month : PeriodEnd.series(periodEnd, SERIES_MONTHS)) {
            out.put(month, month.equals(periodEnd) ? last : engine.seriesCounts(c, month, inds));
        }
        return out;
    }
}
