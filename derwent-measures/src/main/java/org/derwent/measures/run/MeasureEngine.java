package org.derwent.measures.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.derwent.measures.check.Checks;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionReader;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.VariableDef;
import org.derwent.measures.plan.AggregateQuery;
import org.derwent.measures.plan.Breakdown;
import org.derwent.measures.plan.CodeTable;
import org.derwent.measures.plan.EventMatchQuery;
import org.derwent.measures.plan.LastValuesQuery;
import org.derwent.measures.plan.ListBounds;
import org.derwent.measures.plan.PivotQuery;
import org.derwent.measures.plan.PopulationQuery;
import org.derwent.measures.plan.Tables;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlDialect;

/**
 * Runs validated definitions on one connection in three steps: {@link #prepare} (codelists loaded, events matched
 * once), {@link #pivot} (population and patient variables at a period end) and {@link #aggregate} (every indicator
 * by every breakdown in one grouped query). Series re-run pivot and aggregate per month on the same events.
 */
public final class MeasureEngine {
    private final MeasureSet set;
    private final CodelistLibrary library;
    private final CodeTable codes;
    private final SqlDialect dialect;

    public MeasureEngine(MeasureSet set, CodelistLibrary library, SqlDialect dialect) {
        Checks.validate(set, library);
        this.set = set;
        this.library = library;
        this.codes = new CodeTable(library);
        this.dialect = dialect;
    }

    /** Reads and validates the definitions under {@code measuresDir}; codelist paths resolve against {@code home}. */
    public static MeasureEngine load(Path measuresDir, Path home, SqlDialect dialect) {
        MeasureSet set = DefinitionReader.readDirectory(measuresDir);
        return new MeasureEngine(set, CodelistLibrary.load(set, home), dialect);
    }

    /**
     * An engine for some indicators only, computing just the variables and codelists they use (and the PLUS-group
     * breakdown variables).
     */
    public MeasureEngine only(java.util.Collection<String> indicatorIds) {
        MeasureSet pruned = org.derwent.measures.plan.VariablePruner.prune(set.onlyIndicators(indicatorIds));
        java.util.Map<String, org.derwent.measures.codelist.Codelist> lists = new java.util.LinkedHashMap<>();
        library.lists().forEach((k, v) -> {
            if (pruned.codelists().containsKey(k)) {
                lists.put(k, v);
            }
        });
        return new MeasureEngine(pruned, new CodelistLibrary(lists, List.of()), dialect);
    }

    public CodelistLibrary library() {
        return library;
    }

    public MeasureSet definitions() {
        return set;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public CodeTable codes() {
        return codes;
    }

    /** Loads the codelist table and matches the events a run at {@code latest} alone can use. */
    public void prepare(Connection c, LocalDate latest) throws SQLException {
        prepare(c, latest, latest);
    }

    /**
     * Loads the codelist table and matches events dated up to {@code latest}, leaving out those too old for any
     * window at any period end from {@code earliest} on ({@link ListBounds}); a null {@code earliest} keeps all
     * history (any earlier period end can then be pivoted).
     */
    public void prepare(Connection c, LocalDate latest, LocalDate earliest) throws SQLException {
        long t = SqlSteps.startTrace();
        CodeLoader.load(c, dialect, codes);
        SqlSteps.trace("codelists", t);
        SqlSteps.createTemp(c, dialect, Tables.EVENTS, EventMatchQuery.build(latest, codes.systems(),
                earliest == null ? java.util.Map.of() : ListBounds.of(set, codes, earliest),
                new java.util.TreeSet<>(codes.ids().values())));
    }

    /** Builds the population and the patient-variable table at {@code periodEnd} (one practice when not null). */
    public void pivot(Connection c, LocalDate periodEnd, String practice) throws SQLException {
        pivotInputs(c, periodEnd);
        SqlSteps.createTemp(c, dialect, Tables.PATIENT_VARIABLES, PivotQuery.build(set, codes, periodEnd, practice));
    }

    /** The population, person-list and last-value tables the pivot reads. */
    private void pivotInputs(Connection c, LocalDate periodEnd) throws SQLException {
        pivotInputs(c, periodEnd, null);
    }

    /** With {@code eventLists} not null, the population keeps only patients with a matched event of one of those lists. */
    private void pivotInputs(Connection c, LocalDate periodEnd, Set<Integer> eventLists) throws SQLException {
        SqlSteps.createTemp(c, dialect, Tables.POPULATION, PopulationQuery.build(periodEnd, eventLists));
        SqlSteps.createTemp(c, dialect, Tables.PERSON_LISTS, org.derwent.measures.plan.PersonListsQuery.build(periodEnd));
        Set<Integer> valueLists = new TreeSet<>();
        for (VariableDef v : set.variables().values()) {
            if (v instanceof VariableDef.Events e && e.aggregate() == VariableDef.Aggregate.LATEST_VALUE) {
                valueLists.add(codes.id(e.codelist()));
            }
        }
        if (!valueLists.isEmpty()) {
            SqlSteps.createTemp(c, dialect, Tables.LAST_VALUES, LastValuesQuery.build(periodEnd, valueLists));
        }
    }

    /**
     * Counts every indicator for the series breakdowns ({@link Breakdown#seriesBreakdowns()}) at {@code month} without
     * writing the patient-variable table: the pivot is a sub-query of one query grouped by the organisational
     * columns together, and the breakdowns are summed from those groups in Java ({@link RollUp}).
     */
    public List<GroupCount> seriesCounts(Connection c, LocalDate month, List<IndicatorDef> indicators) throws SQLException {
        pivotInputs(c, month);
        return seriesCounts(c, indicators, new Query.Sub(PivotQuery.build(set, codes, month, null), "pv"));
    }

    /** The same counts from the patient-variable table {@link #pivot} built. */
    public List<GroupCount> seriesCountsFromPivot(Connection c, List<IndicatorDef> indicators) throws SQLException {
        return seriesCounts(c, indicators, new Query.Table(Tables.PATIENT_VARIABLES, null));
    }

    private List<GroupCount> seriesCounts(Connection c, List<IndicatorDef> indicators, Query.From source) throws SQLException {
        List<Breakdown> series = Breakdown.seriesBreakdowns();
        RollUp rollUp = new RollUp(series, indicators.size());
        if (indicators.isEmpty()) {
            return rollUp.counts();
        }
        try (PreparedStatement ps = dialect.render(AggregateQuery.byColumns(set, indicators, series, source)).prepare(c);
                ResultSet rs = ps.executeQuery()) {
            rollUp.addAll(rs);
        }
        return rollUp.counts();
    }

    /** Counts every indicator for every group of every breakdown (crossed with the ESP2013 band when asked). */
    public List<GroupCount> aggregate(Connection c, List<IndicatorDef> indicators, List<Breakdown> breakdowns,
            boolean byEspBand) throws SQLException {
        return aggregate(c, indicators, breakdowns, byEspBand, new Query.Table(Tables.PATIENT_VARIABLES, null), false);
    }

    /**
     * The counts of {@link #aggregate} without writing the patient-variable table: builds the pivot inputs at
     * {@code periodEnd} and aggregates the pivot as a sub-query. For a run that aggregates the pivot once (no
     * standardised indicator, no series); patients in no denominator are left out before grouping, and when every
     * denominator needs a coded event ({@link org.derwent.measures.plan.EventlessPatients}) the population keeps only
     * patients with one.
     */
    public List<GroupCount> aggregatePivot(Connection c, LocalDate periodEnd, List<IndicatorDef> indicators,
            List<Breakdown> breakdowns) throws SQLException {
        Set<String> needed = org.derwent.measures.plan.EventlessPatients.neededLists(set, indicators);
        pivotInputs(c, periodEnd, needed == null ? null : needed.stream().map(codes::id).collect(java.util.stream.Collectors.toSet()));
        return aggregate(c, indicators, breakdowns, false, new Query.Sub(PivotQuery.build(set, codes, periodEnd, null), "pv"), true);
    }

    private List<GroupCount> aggregate(Connection c, List<IndicatorDef> indicators, List<Breakdown> breakdowns,
            boolean byEspBand, Query.From source, boolean denominatorsOnly) throws SQLException {
        List<GroupCount> out = new ArrayList<>();
        if (indicators.isEmpty()) {
            return out;
        }
        long t = SqlSteps.startTrace();
        try (PreparedStatement ps = dialect.render(AggregateQuery.build(set, indicators, breakdowns, byEspBand, source, denominatorsOnly)).prepare(c);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Breakdown b = Breakdown.ICB;
                String code = null;
                for (Breakdown x : breakdowns) {
                    if (x.column() != null && rs.getString(x.column()) != null) {
                        b = x;
                        code = rs.getString(x.column());
                    }
                }
                int esp = byEspBand ? rs.getInt(AggregateQuery.ESP) : -1;
                double[] n = new double[indicators.size()];
                double[] d = new double[indicators.size()];
                for (int i = 0; i < n.length; i++) {
                    n[i] = rs.getDouble("n_" + i);
                    d[i] = rs.getDouble("d_" + i);
                }
                out.add(new GroupCount(b, b == Breakdown.ICB ? Breakdown.ICB_GROUP_CODE : code, esp, n, d));
            }
        }
        SqlSteps.trace(byEspBand ? "aggregate by ESP band" : "aggregate", t);
        return out;
    }

    /** The standardised indicators of a list. */
    public static List<IndicatorDef> standardised(List<IndicatorDef> indicators) {
        return indicators.stream().filter(IndicatorDef::standardise).toList();
    }
}
