package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.and;
import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.bin;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.date;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.func;
import static org.derwent.measures.sql.Sql.integer;
import static org.derwent.measures.sql.Sql.isNull;
import static org.derwent.measures.sql.Sql.k;
import static org.derwent.measures.sql.Sql.or;
import static org.derwent.measures.sql.Sql.special;
import static org.derwent.measures.sql.Sql.table;
import static org.derwent.measures.sql.Sql.text;
import static org.derwent.measures.sql.Sql.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.lang.VariableDef;
import org.derwent.measures.lang.Window;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlExpr;
import org.derwent.measures.sql.SqlExpr.Kind;

/** The SQL of each kind of variable, as aggregate expressions or per-patient sub-queries. */
final class VariableSql {
    /** NHS Data Dictionary admission methods: emergency 21-2D, elective 11-13. */
    static final List<String> EMERGENCY = List.of("21", "22", "23", "24", "25", "2A", "2B", "2C", "2D");
    static final List<String> ELECTIVE = List.of("11", "12", "13");

    private final CodeTable codes;
    private final LocalDate periodEnd;

    VariableSql(CodeTable codes, LocalDate periodEnd) {
        this.codes = codes;
        this.periodEnd = periodEnd;
    }

    private SqlExpr list(String name) {
        return eq(col("e", "list_id"), k(codes.id(name)));
    }

    /** Latest date of an unresolved diagnosis code up to the period end (from the person-list table). */
    SqlExpr registerDiagnosis(VariableDef.Register r) {
        return func("MAX", when(list(r.codelist()), col("e", "max_du"), null));
    }

    /** Latest date of a resolution code up to the period end (from the person-list table). */
    SqlExpr registerResolved(VariableDef.Register r) {
        return func("MAX", when(list(r.resolved()), col("e", "max_d"), null));
    }

    /**
     * True when the variable can be read from the person-list table: exists / latest date in a window ending at the
     * period end, or count / earliest date over all history.
     */
    static boolean fromPersonLists(VariableDef.Events e) {
        Window w = e.window();
        if (w.anchor() != Window.Anchor.PERIOD_END || w.excludingLast() != null) {
            return false;
        }
        return switch (e.aggregate()) {
            case EXISTS, LATEST_DATE -> true;
            case COUNT, EARLIEST_DATE -> w.within() == null;
            default -> false;
        };
    }

    /** An events variable read from the person-list table (see {@link #fromPersonLists}). */
    SqlExpr personLists(VariableDef.Events e) {
        SqlExpr recent = e.window().within() == null ? null
                : bin(">", col("e", "max_d"), date(e.window().within().before(periodEnd)));
        SqlExpr cond = and(list(e.codelist()), sources(e), recent);
        return switch (e.aggregate()) {
            case EXISTS -> func("MAX", when(cond, k(1), k(0)));
            case LATEST_DATE -> func("MAX", when(cond, col("e", "max_d"), null));
            case COUNT -> func("SUM", when(cond, col("e", "n"), k(0)));
            case EARLIEST_DATE -> func("MIN", when(cond, col("e", "min_d"), null));
            default -> throw new IllegalArgumentException(e.aggregate() + " is not read from the person-list table");
        };
    }

    /** An aggregate over coded events in a window. */
    SqlExpr events(VariableDef.Events e, SqlExpr deathDate) {
        SqlExpr cond = and(list(e.codelist()), sources(e), WindowSql.inWindow(col("e", "d"), e.window(), periodEnd, deathDate));
        return switch (e.aggregate()) {
            case EXISTS -> func("MAX", when(cond, k(1), k(0)));
            case COUNT -> func("SUM", when(cond, k(1), k(0)));
            case DISTINCT_CODES -> new SqlExpr.Func("COUNT", List.of(when(cond, col("e", "code"), null)), true);
            case LATEST_DATE -> func("MAX", when(cond, col("e", "d"), null));
            case EARLIEST_DATE -> func("MIN", when(cond, col("e", "d"), null));
            case MAX_VALUE -> func("MAX", when(cond, col("e", "value"), null));
            case MIN_VALUE -> func("MIN", when(cond, col("e", "value"), null));
            case LATEST_VALUE -> throw new IllegalArgumentException("latest values come from the last-values table");
        };
    }

    private static SqlExpr sources(VariableDef.Events e) {
        if (e.from().size() == VariableDef.Source.values().length) {
            return null;
        }
        List<SqlExpr> srcs = e.from().stream().sorted().map(s -> (SqlExpr) k(EventMatchQuery.sourceCode(s))).toList();
        return new SqlExpr.In(col("e", "src"), srcs);
    }

    /** Missing counts and flags are 0; dates and values stay null. */
    static SqlExpr defaulted(VariableDef.Events e, SqlExpr c) {
        return e.aggregate() == VariableDef.Aggregate.EXISTS || e.aggregate() == VariableDef.Aggregate.COUNT
                || e.aggregate() == VariableDef.Aggregate.DISTINCT_CODES ? func("COALESCE", c, k(0)) : c;
    }

    /** Lowest value on the latest date, when that date is in the window (period-end windows only). */
    SqlExpr latestValue(VariableDef.Events e) {
        SqlExpr cond = and(eq(col("list_id"), k(codes.id(e.codelist()))),
                WindowSql.inWindow(col("d"), e.window(), periodEnd, null));
        return func("MIN", when(cond, col("vmin"), null));
    }

    /** Count of encounters of a setting and admission method in a window (one scan for all such variables). */
    SqlExpr encounterCount(VariableDef.Encounters v) {
        return func("SUM", when(encounterCondition(v, "x"), k(1), k(0)));
    }

    private SqlExpr encounterCondition(VariableDef.Encounters v, String q) {
        return and(eq(col(q, "setting"), text(v.setting())), method(v.method(), col(q, "admission_method")),
                WindowSql.inWindow(col(q, "start_date"), v.window(), periodEnd, col("pp", "death_date")));
    }

    private static SqlExpr method(VariableDef.Method m, SqlExpr c) {
        return switch (m) {
            case ANY -> null;
            case EMERGENCY -> new SqlExpr.In(c, EMERGENCY.stream().map(s -> (SqlExpr) text(s)).toList());
            case ELECTIVE -> new SqlExpr.In(c, ELECTIVE.stream().map(s -> (SqlExpr) text(s)).toList());
        };
    }

    /**
     * The scan of encounters for all diagnosis-free encounter counts: only their settings, and from {@code after}
     * (exclusive) when not null.
     */
    Query encounterScan(List<Query.Item> counts, String practice, LocalDate after, java.util.Set<String> settings) {
        List<Query.Item> items = new ArrayList<>();
        items.add(as(col("x", "person_id"), "person_id"));
        items.addAll(counts);
        return new Query.Select(items, table("encounter", "x"), List.of(popJoin("x", practice)),
                and(new SqlExpr.In(col("x", "setting"), settings.stream().map(s -> (SqlExpr) text(s)).toList()),
                        after == null ? null : bin(">", col("x", "start_date"), date(after)),
                        bin("<=", col("x", "start_date"), date(periodEnd))), List.of(col("x", "person_id")), null);
    }

    private static Query.Join popJoin(String q, String practice) {
        SqlExpr on = eq(col("pp", "person_id"), col(q, "person_id"));
        if (practice != null) {
            on = and(on, eq(col("pp", "b_practice"), text(practice)));
        }
        return new Query.Join(false, table(Tables.POPULATION, "pp"), on);
    }

    /** A per-patient sub-query (person_id, n) for variables needing their own scan. */
    Query perPatient(VariableDef v, String practice) {
        if (v instanceof VariableDef.Encounters e) {
            SqlExpr norm = func("REPLACE", col("dg", "code"), text("."), text(""));
            SqlExpr codeMatch = and(eq(col("c", "list_id"), k(codes.id(e.diagnosis()))),
                    eq(col("c", "code_system"), col("dg", "code_system")),
                    or(eq(col("c", "code"), norm), eq(col("c", "code"), special(Kind.LEFT, norm, k(3)))));
            return new Query.Select(List.of(as(col("x", "person_id"), "person_id"),
                    as(new SqlExpr.Func("COUNT", List.of(col("x", "record_id")), true), "n")),
                    table("encounter", "x"), List.of(popJoin("x", practice),
                            new Query.Join(false, table("diagnosis", "dg"), eq(col("dg", "encounter_id"), col("x", "record_id"))),
                            new Query.Join(false, table(Tables.CODES, "c"), codeMatch)),
                    encounterCondition(e, "x"), List.of(col("x", "person_id")), null);
        }
        if (v instanceof VariableDef.Readmissions r) {
            SqlExpr cond = and(eq(col("x", "setting"), text("admitted")), notNullEnd(),
                    WindowSql.inWindow(col("x", "end_date"), r.window(), periodEnd, col("pp", "death_date")));
            if (r.readmittedOnly()) {
                Query follow = new Query.Select(List.of(as(k(1), "one")), table("encounter", "y"), List.of(),
                        and(eq(col("y", "person_id"), col("x", "person_id")), eq(col("y", "setting"), text("admitted")),
                                method(VariableDef.Method.EMERGENCY, col("y", "admission_method")),
                                bin(">", col("y", "start_date"), col("x", "end_date")),
                                bin("<=", col("y", "start_date"), special(Kind.DATE_PLUS_DAYS, col("x", "end_date"), integer(r.days())))),
                        List.of(), null);
                cond = and(cond, new SqlExpr.Exists(follow));
            }
            return new Query.Select(List.of(as(col("x", "person_id"), "person_id"), as(func("COUNT"), "n")),
                    table("encounter", "x"), List.of(popJoin("x", practice)), cond, List.of(col("x", "person_id")), null);
        }
        VariableDef.DistinctMedicines m = (VariableDef.DistinctMedicines) v;
        return new Query.Select(List.of(as(col("x", "person_id"), "person_id"),
                as(new SqlExpr.Func("COUNT", List.of(col("x", "code")), true), "n")),
                table("medication", "x"), List.of(popJoin("x", practice)),
                WindowSql.inWindow(col("x", "issue_date"), m.window(), periodEnd, col("pp", "death_date")),
                List.of(col("x", "person_id")), null);
    }

    private static SqlExpr notNullEnd() {
        return new SqlExpr.IsNull(col("x", "end_date"), true);
    }
}
