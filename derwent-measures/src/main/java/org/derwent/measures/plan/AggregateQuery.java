package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.and;
import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.func;
import static org.derwent.measures.sql.Sql.k;
import static org.derwent.measures.sql.Sql.not;
import static org.derwent.measures.sql.Sql.table;
import static org.derwent.measures.sql.Sql.when;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlExpr;

/**
 * One grouped query over the patient-variable table giving, for every grouping set (a breakdown, optionally crossed
 * with the ESP2013 age band for standardisation), the numerator {@code n_<i>} and denominator {@code d_<i>} of every
 * indicator {@code i} (index in the list given). Breakdown columns hold no nulls, so a null column in a result row
 * means "not grouped by this column".
 */
public final class AggregateQuery {
    /** The column holding the ESP2013 five-year age band index (0 = 0-4 ... 18 = 90+). */
    public static final String ESP = "b_esp";

    private AggregateQuery() {
    }

    public static Query build(MeasureSet set, List<IndicatorDef> indicators, List<Breakdown> breakdowns, boolean byEspBand) {
        return build(set, indicators, breakdowns, byEspBand, table(Tables.PATIENT_VARIABLES, null), false);
    }

    /**
     * The same over {@code source}: the patient-variable table, or the pivot itself as a sub-query when it is
     * aggregated once only (it is then never written). With {@code denominatorsOnly}, patients in no indicator's
     * denominator are left out before grouping: they add 0 to every count (a numerator requires the denominator),
     * so only groups whose every denominator is 0 disappear, and those are not reported (the ICB row, the empty
     * grouping set, is always returned).
     */
    public static Query build(MeasureSet set, List<IndicatorDef> indicators, List<Breakdown> breakdowns, boolean byEspBand,
            Query.From source, boolean denominatorsOnly) {
        List<Query.Item> items = new ArrayList<>();
        for (Breakdown b : breakdowns) {
            if (b.column() != null) {
                items.add(as(col(b.column()), b.column()));
            }
        }
        if (byEspBand) {
            items.add(as(col(ESP), ESP));
        }
        counts(set, indicators, items);
        List<List<SqlExpr>> sets = new ArrayList<>();
        for (Breakdown b : breakdowns) {
            List<SqlExpr> s = new ArrayList<>();
            if (b.column() != null) {
                s.add(col(b.column()));
            }
            if (byEspBand) {
                s.add(col(ESP));
            }
            sets.add(s);
        }
        SqlExpr where = null;
        if (denominatorsOnly) {
            ExprCompiler ec = new ExprCompiler(set.variables(), null, false);
            for (IndicatorDef ind : indicators) {
                where = where == null ? denominator(ec, ind) : org.derwent.measures.sql.Sql.or(where, denominator(ec, ind));
            }
        }
        return new Query.Select(items, BreakdownColumns.over(set, source, breakdowns), List.of(), where, List.of(), sets);
    }

    /**
     * Every indicator grouped by the columns of some breakdowns together (one GROUP BY, no grouping sets) over
     * {@code source}: the patient
     * variable table, or the pivot itself as a sub-query so that the wide table is never written.
     */
    public static Query byColumns(MeasureSet set, List<IndicatorDef> indicators, List<Breakdown> breakdowns, Query.From source) {
        List<Query.Item> items = new ArrayList<>();
        List<SqlExpr> group = new ArrayList<>();
        for (Breakdown b : breakdowns) {
            if (b.column() != null) {
                items.add(as(col(b.column()), b.column()));
                group.add(col(b.column()));
            }
        }
        counts(set, indicators, items);
        return new Query.Select(items, BreakdownColumns.over(set, source, breakdowns), List.of(), null, group, null);
    }

    private static void counts(MeasureSet set, List<IndicatorDef> indicators, List<Query.Item> items) {
        ExprCompiler ec = new ExprCompiler(set.variables(), null, false);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDef ind = indicators.get(i);
            SqlExpr den = denominator(ec, ind);
            SqlExpr dval = ind.denominatorSum() == null ? k(1) : ec.value(ind.denominatorSum());
            SqlExpr num = and(den, ind.numerator() == null ? null : ec.condition(ind.numerator()));
            SqlExpr nval = ind.numeratorSum() == null ? k(1) : ec.value(ind.numeratorSum());
            items.add(as(func("SUM", when(num, nval, k(0))), "n_" + i));
            items.add(as(func("SUM", when(den, dval, k(0))), "d_" + i));
        }
    }

    /** Cohort, denominator condition and not excluded. */
    static SqlExpr denominator(ExprCompiler ec, IndicatorDef ind) {
        SqlExpr cohort = eq(col(ind.cohort() == IndicatorDef.Cohort.DIED ? "died" : "registered"), k(1));
        SqlExpr excl = ind.exclusions() == null ? null : not(func("COALESCE", ec.condition(ind.exclusions()),
                eq(k(0), k(1))));
        return and(cohort, ec.condition(ind.denominator()), excl);
    }
}
