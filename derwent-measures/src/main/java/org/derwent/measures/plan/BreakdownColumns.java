package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.bin;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.func;
import static org.derwent.measures.sql.Sql.isNull;
import static org.derwent.measures.sql.Sql.k;
import static org.derwent.measures.sql.Sql.special;
import static org.derwent.measures.sql.Sql.table;
import static org.derwent.measures.sql.Sql.text;
import static org.derwent.measures.sql.Sql.when;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.derwent.measures.lang.Expr;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlExpr;
import org.derwent.measures.sql.SqlExpr.Kind;
import org.derwent.measures.sql.SqlType;

/**
 * The breakdown columns ({@code b_place}, {@code b_core20}, ...) of the patient-variable table, joined at aggregation
 * time. The population and patient-variable tables carry only the practice and LSOA codes and the patient's own
 * values; the organisation and area attributes (PCN, district, place, ICP, IMD quintile, Core20) are looked up in
 * the small org/geo tables by the aggregate query, so the per-patient tables stay narrow. Missing values are
 * {@code UNKNOWN}, as the population query had them.
 */
final class BreakdownColumns {
    private static final Set<Breakdown> ORG = EnumSet.of(Breakdown.PLACE, Breakdown.ICP, Breakdown.DISTRICT, Breakdown.PCN);
    private static final Set<Breakdown> AREA = EnumSet.of(Breakdown.IMD_QUINTILE, Breakdown.CORE20);

    private BreakdownColumns() {
    }

    /**
     * {@code SELECT pv.*, <breakdown columns> FROM source pv LEFT JOIN ...}, with only the joins the breakdowns need;
     * {@code b_practice}, {@code b_lsoa} and {@code b_esp} come from the source as they are.
     */
    static Query.Sub over(MeasureSet set, Query.From source, List<Breakdown> breakdowns) {
        String pv = "pv";
        Query.From from = source instanceof Query.Table t ? new Query.Table(t.name(), pv)
                : new Query.Sub(((Query.Sub) source).query(), pv);
        List<Query.Item> items = new ArrayList<>();
        items.add(as(col(pv, "*"), null));
        boolean org = false;
        boolean district = false;
        boolean area = false;
        for (Breakdown b : breakdowns) {
            SqlExpr e = switch (b) {
                case ICB, PRACTICE, LSOA -> null;
                case PLACE -> unknown(col("gd", "place_code"));
                case ICP -> unknown(col("gd", "icp_code"));
                case DISTRICT -> unknown(col("op", "district_code"));
                case PCN -> unknown(col("op", "pcn_code"));
                case IMD_QUINTILE -> unknown(special(Kind.TO_TEXT, col("gl", "imd_quintile")));
                case IMD_DECILE -> unknown(special(Kind.TO_TEXT, col(pv, "imd_decile")));
                case CORE20 -> when(isNull(col("gl", "core20")), text("UNKNOWN"),
                        when(eq(col("gl", "core20"), new SqlExpr.Param(true, SqlType.BOOLEAN)), text("Y"), text("N")));
                case ETHNICITY -> col(pv, "ethnic_group");
                case AGE_BAND -> ageBand(col(pv, "age"));
                case SEX -> col(pv, "sex");
                case SMI, LD -> plus(set, b.key(), pv);
            };
            if (e != null) {
                items.add(as(e, b.column()));
            }
            org |= ORG.contains(b);
            district |= b == Breakdown.PLACE || b == Breakdown.ICP;
            area |= AREA.contains(b);
        }
        List<Query.Join> joins = new ArrayList<>();
        if (org) {
            joins.add(new Query.Join(true, table("org_practice", "op"), eq(col("op", "practice_code"), col(pv, "b_practice"))));
        }
        if (district) {
            joins.add(new Query.Join(true, table("geo_district", "gd"), eq(col("gd", "district_code"), col("op", "district_code"))));
        }
        if (area) {
            joins.add(new Query.Join(true, table("geo_lsoa", "gl"), eq(col("gl", "lsoa_code"), col(pv, "b_lsoa"))));
        }
        return new Query.Sub(new Query.Select(items, from, joins, null, List.of(), null), "b");
    }

    /** {@code Y}/{@code N} from the PLUS-group variable, or {@code UNKNOWN} when the set has none. */
    private static SqlExpr plus(MeasureSet set, String name, String alias) {
        if (!set.variables().containsKey(name)) {
            return text("UNKNOWN");
        }
        ExprCompiler ec = new ExprCompiler(set.variables(), alias, false);
        return when(eq(ec.value(new Expr.Ref(name, null)), k(1)), text("Y"), text("N"));
    }

    private static SqlExpr unknown(SqlExpr e) {
        return func("COALESCE", e, text("UNKNOWN"));
    }

    static SqlExpr ageBand(SqlExpr age) {
        List<SqlExpr> conds = new ArrayList<>();
        List<SqlExpr> labels = new ArrayList<>();
        for (int i = PopulationQuery.AGE_FROM.length - 1; i >= 0; i--) {
            conds.add(bin(">=", age, k(PopulationQuery.AGE_FROM[i])));
            labels.add(text(PopulationQuery.AGE_LABEL[i]));
        }
        return new SqlExpr.Case(conds, labels, text("UNKNOWN"));
    }
}
