package org.derwent.measures.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.derwent.measures.yaml.YNode;

/** Turns entries of {@code indicators:} and {@code case_lists:} sections into typed definitions. */
final class IndicatorReader {
    private static final Set<String> DIRECTIONS = Set.of("higher", "lower", "neither");
    private static final Set<String> UNITS = Set.of("proportion", "per_1000", "ratio");

    private IndicatorReader() {
    }

    static IndicatorDef indicator(YNode node, String file) {
        Fields f = new Fields(node, file, "indicator");
        String id = f.required("id");
        Fields named = new Fields(node, file, "indicator '" + id + "'");
        named.text("id");
        String direction = named.required("direction");
        if (!DIRECTIONS.contains(direction)) {
            throw new DefinitionException(named.pos("direction"), "direction must be higher, lower or neither, got '" + direction + "'");
        }
        String unit = named.text("unit") == null ? "proportion" : named.text("unit");
        if (!UNITS.contains(unit)) {
            throw new DefinitionException(named.pos("unit"), "unit must be one of " + UNITS + ", got '" + unit + "'");
        }
        IndicatorDef.Catalogue cat = new IndicatorDef.Catalogue(named.required("title"), named.required("domain"),
                named.required("description"), named.required("source"), direction, named.number("target"), unit);
        IndicatorDef.Cohort cohort = named.has("cohort")
                ? VariableReader.enumValue(IndicatorDef.Cohort.class, named.text("cohort"), named.pos("cohort"))
                : IndicatorDef.Cohort.REGISTERED;
        Expr[] den = side(named, "denominator");
        Expr[] num = side(named, "numerator");
        if (den[0] == null) {
            throw new DefinitionException(named.pos(), "indicator '" + id + "' needs a denominator");
        }
        if (num[0] == null && num[1] == null) {
            throw new DefinitionException(named.pos(), "indicator '" + id + "' needs a numerator");
        }
        String std = named.text("standardise");
        if (std != null && !std.equals("esp2013")) {
            throw new DefinitionException(named.pos("standardise"), "standardise must be 'esp2013', got '" + std + "'");
        }
        IndicatorDef def = new IndicatorDef(id, named.pos(), cat, cohort, den[0], den[1], named.expr("exclusions"),
                num[0], num[1], std != null);
        named.rejectUnknown();
        return def;
    }

    /** A side is either a condition (text) or a mapping {where, sum}. Returns {where, sum}. */
    private static Expr[] side(Fields f, String key) {
        YNode n = f.node(key);
        if (n == null) {
            return new Expr[2];
        }
        if (n instanceof YNode.YScalar s) {
            return new Expr[] {ExprParser.parse(s.text(), f.pos(key)), null};
        }
        Fields sub = new Fields(n, f.pos().file(), key);
        Expr where = sub.expr("where");
        Expr sum = sub.expr("sum");
        sub.rejectUnknown();
        return new Expr[] {where == null ? new Expr.Bool(true) : where, sum};
    }

    static CaseListDef caseList(YNode node, String file) {
        Fields f = new Fields(node, file, "case list");
        String id = f.required("id");
        List<String> show = new ArrayList<>();
        YNode s = f.node("show");
        if (s instanceof YNode.YList l) {
            l.items().forEach(i -> show.add(((YNode.YScalar) i).text()));
        }
        CaseListDef def = new CaseListDef(id, f.pos(), f.required("title"), f.expr("criteria"), f.required("reason"), show);
        if (def.criteria() == null) {
            throw new DefinitionException(f.pos(), "case list '" + id + "' needs criteria");
        }
        f.rejectUnknown();
        return def;
    }
}
