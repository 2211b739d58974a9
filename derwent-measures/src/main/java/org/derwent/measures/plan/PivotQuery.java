package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.bin;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.func;
import static org.derwent.measures.sql.Sql.k;
import static org.derwent.measures.sql.Sql.num;
import static org.derwent.measures.sql.Sql.table;
import static org.derwent.measures.sql.Sql.text;
import static org.derwent.measures.sql.Sql.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.VariableDef;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlExpr;

/**
 * Pivots the long event table into one row per patient ({@link Tables#PATIENT_VARIABLES}): population columns, then
 * a column {@code v_<name>} per variable. Registers and most coded-event variables come from one grouped scan of the
 * folded {@link Tables#PERSON_LISTS}, the others (counts in windows, values in windows, death-anchored) from a scan
 * of the events of their lists only, latest values from {@link Tables#LAST_VALUES}, activity variables from the
 * encounter and medication tables.
 */
public final class PivotQuery {
    /** Population columns carried into the patient-variable table. */
    public static final List<String> POPULATION_COLUMNS = List.of("person_id", "sex", "ethnic_group", "ethnic_category",
            "age", "death_date", "imd_decile", "registered", "died", "registration_date", "b_practice", "b_lsoa", "b_esp");

    private PivotQuery() {
    }

    /**
     * Builds the query. {@code practice}, when not null, restricts the population to one practice (case lists).
     */
    public static Query build(MeasureSet set, CodeTable codes, LocalDate periodEnd, String practice) {
        VariableSql vs = new VariableSql(codes, periodEnd);
        List<Query.Item> l1 = new ArrayList<>();
        POPULATION_COLUMNS.forEach(c -> l1.add(as(col("p", c), c)));
        List<Query.Join> joins = new ArrayList<>();
        List<Query.Item> pl = new ArrayList<>();
        List<Query.Item> ev = new ArrayList<>();
        java.util.Set<Integer> evLists = new java.util.TreeSet<>();
        ScanBound evBound = new ScanBound(periodEnd);
        java.util.Set<Integer> plLists = new java.util.TreeSet<>();
        ScanBound encBound = new ScanBound(periodEnd);
        java.util.Set<String> encSettings = new java.util.TreeSet<>();
        List<Query.Item> lv = new ArrayList<>();
        List<Query.Item> enc = new ArrayList<>();
        boolean evNeedsDeath = false;
        for (VariableDef v : set.variables().values()) {
            String c = ExprCompiler.column(v.name());
            if (v instanceof VariableDef.Register r) {
                pl.add(as(vs.registerDiagnosis(r), "r1_" + v.name()));
                plLists.add(codes.id(r.codelist()));
                if (r.resolved() != null) {
                    plLists.add(codes.id(r.resolved()));
                }
                pl.add(as(r.resolved() == null ? new SqlExpr.Null(org.derwent.measures.sql.SqlType.DATE)
                        : vs.registerResolved(r), "r2_" + v.name()));
                SqlExpr d = col("pl", "r1_" + v.name());
                SqlExpr res = col("pl", "r2_" + v.name());
                l1.add(as(when(new SqlExpr.IsNull(d, true), when(new SqlExpr.IsNull(res, false), k(1),
                        when(bin(">", d, res), k(1), k(0))), k(0)), c));
            } else if (v instanceof VariableDef.Events e && e.aggregate() == VariableDef.Aggregate.LATEST_VALUE) {
                lv.add(as(vs.latestValue(e), c));
                l1.add(as(col("lv", c), c));
            } else if (v instanceof VariableDef.Events e && VariableSql.fromPersonLists(e)) {
                pl.add(as(vs.personLists(e), c));
                plLists.add(codes.id(e.codelist()));
                l1.add(as(VariableSql.defaulted(e, col("pl", c)), c));
            } else if (v instanceof VariableDef.Events e) {
                evLists.add(codes.id(e.codelist()));
                evBound.add(e.window());
                evNeedsDeath |= e.window().anchor() == org.derwent.measures.lang.Window.Anchor.DEATH;
                ev.add(as(vs.events(e, col("pp", "death_date")), c));
                l1.add(as(VariableSql.defaulted(e, col("ev", c)), c));
            } else if (v instanceof VariableDef.Registration r) {
                // the registration in force started after the window start (it cannot start after the period end)
                l1.add(as(when(bin(">", col("p", "registration_date"), org.derwent.measures.sql.Sql.date(
                        r.window().within().before(periodEnd))), k(1), k(0)), c));
            } else if (v instanceof VariableDef.Encounters e && e.diagnosis() == null) {
                enc.add(as(vs.encounterCount(e), c));
                encBound.add(e.window());
                encSettings.add(e.setting());
                l1.add(as(func("COALESCE", col("enc", c), k(0)), c));
            } else if (v instanceof VariableDef.Encounters || v instanceof VariableDef.Readmissions
                    || v instanceof VariableDef.DistinctMedicines) {
                String alias = "x_" + v.name();
                joins.add(new Query.Join(true, new Query.Sub(vs.perPatient(v, practice), alias),
                        eq(col(alias, "person_id"), col("p", "person_id"))));
                l1.add(as(func("COALESCE", col(alias, "n"), k(0)), c));
            }
        }
        if (!pl.isEmpty()) {
            pl.add(0, as(col("e", "person_id"), "person_id"));
            // Only the lists these variables read: rows of value-only lists would go through every CASE for nothing.
            Query q = new Query.Select(pl, table(Tables.PERSON_LISTS, "e"), List.of(), new SqlExpr.In(col("e", "list_id"),
                    plLists.stream().map(i -> (SqlExpr) new SqlExpr.IntConst(i)).toList()), List.of(col("e", "person_id")), null);
            joins.add(0, new Query.Join(true, new Query.Sub(q, "pl"), eq(col("pl", "person_id"), col("p", "person_id"))));
        }
        if (!ev.isEmpty()) {
            ev.add(0, as(col("e", "person_id"), "person_id"));
            List<Query.Join> evJoins = evNeedsDeath ? List.of(new Query.Join(false, table(Tables.POPULATION, "pp"),
                    eq(col("pp", "person_id"), col("e", "person_id")))) : List.of();
            SqlExpr where = org.derwent.measures.sql.Sql.and(bin("<=", col("e", "d"), org.derwent.measures.sql.Sql.date(periodEnd)),
                    after(col("e", "d"), evBound), new SqlExpr.In(col("e", "list_id"), evLists.stream().map(i -> (SqlExpr) new SqlExpr.IntConst(i)).toList()));
            Query q = new Query.Select(ev, table(Tables.EVENTS, "e"), evJoins, where, List.of(col("e", "person_id")), null);
            joins.add(0, new Query.Join(true, new Query.Sub(q, "ev"), eq(col("ev", "person_id"), col("p", "person_id"))));
        }
        if (!lv.isEmpty()) {
            lv.add(0, as(col("person_id"), "person_id"));
            Query q = new Query.Select(lv, table(Tables.LAST_VALUES, null), List.of(), null, List.of(col("person_id")), null);
            joins.add(new Query.Join(true, new Query.Sub(q, "lv"), eq(col("lv", "person_id"), col("p", "person_id"))));
        }
        if (!enc.isEmpty()) {
            joins.add(new Query.Join(true, new Query.Sub(vs.encounterScan(enc, practice, encBound.bound(), encSettings), "enc"),
                    eq(col("enc", "person_id"), col("p", "person_id"))));
        }
        SqlExpr where = practice == null ? null : eq(col("p", "b_practice"), text(practice));
        Query level1 = new Query.Select(l1, table(Tables.POPULATION, "p"), joins, where, List.of(), null);
        return new Query.Select(derived(set), new Query.Sub(level1, "l1"), List.of(), null, List.of(), null);
    }

    /** {@code d > bound}, or nothing when the scan is unbounded. */
    private static SqlExpr after(SqlExpr d, ScanBound bound) {
        return bound.bound() == null ? null : bin(">", d, org.derwent.measures.sql.Sql.date(bound.bound()));
    }

    private static List<Query.Item> derived(MeasureSet set) {
        List<Query.Item> items = new ArrayList<>();
        items.add(as(col("l1", "*"), null));
        ExprCompiler ec = new ExprCompiler(set.variables(), "l1", true);
        for (VariableDef v : set.variables().values()) {
            if (v instanceof VariableDef.Derived d) {
                items.add(as(ec.value(d.expr()), ExprCompiler.column(v.name())));
            } else if (v instanceof VariableDef.AgeSexRate r) {
                List<SqlExpr> conds = new ArrayList<>();
                List<SqlExpr> rates = new ArrayList<>();
                for (VariableDef.Band b : r.bands()) {
                    conds.add(org.derwent.measures.sql.Sql.and(eq(col("l1", "sex"), text(b.sex())),
                            bin(">=", col("l1", "age"), num(b.fromAge())), bin("<=", col("l1", "age"), num(b.toAge()))));
                    rates.add(num(b.rate()));
                }
                items.add(as(new SqlExpr.Case(conds, rates, num(0)), ExprCompiler.column(v.name())));
            }
        }
        return items;
    }
}
