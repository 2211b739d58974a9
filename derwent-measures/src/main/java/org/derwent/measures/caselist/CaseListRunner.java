package org.derwent.measures.caselist;

import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.k;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derwent.measures.lang.CaseListDef;
import org.derwent.measures.plan.ExprCompiler;
import org.derwent.measures.plan.Tables;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.Sql;

/** Runs a case list for one practice at a period end. */
public final class CaseListRunner {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private final MeasureEngine engine;

    public CaseListRunner(MeasureEngine engine) {
        this.engine = engine;
    }

    /** The patients of {@code practice} on list {@code id}; {@code withIdentity} joins the identity table. */
    public List<CaseRow> run(Connection c, String id, String practice, LocalDate periodEnd, boolean withIdentity)
            throws SQLException {
        CaseListDef def = engine.definitions().caseList(id).orElseThrow(() -> new IllegalArgumentException(
                "no case list '" + id + "'; known: " + engine.definitions().caseLists().stream().map(CaseListDef::id).toList()));
        engine.prepare(c, periodEnd);
        engine.pivot(c, periodEnd, practice);
        Set<String> names = new LinkedHashSet<>(def.show());
        Matcher m = PLACEHOLDER.matcher(def.reason());
        while (m.find()) {
            names.add(m.group(1));
        }
        ExprCompiler ec = new ExprCompiler(engine.definitions().variables(), "pv", false);
        List<Query.Item> items = new ArrayList<>();
        items.add(as(col("pv", "person_id"), "person_id"));
        for (String n : names) {
            items.add(as(col("pv", ExprCompiler.column(n)), ExprCompiler.column(n)));
        }
        List<Query.Join> joins = new ArrayList<>();
        if (withIdentity) {
            items.add(as(col("i", "nhs_number"), "nhs_number"));
            items.add(as(col("i", "given_name"), "given_name"));
            items.add(as(col("i", "family_name"), "family_name"));
            joins.add(new Query.Join(true, Sql.table("identity", "i"), eq(col("i", "person_id"), col("pv", "person_id"))));
        }
        Query q = new Query.Select(items, Sql.table(Tables.PATIENT_VARIABLES, "pv"), joins,
                Sql.and(eq(col("pv", "registered"), k(1)), ec.condition(def.criteria())), List.of(), null);
        List<CaseRow> out = new ArrayList<>();
        try (PreparedStatement ps = engine.dialect().render(q).prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String n : names) {
                    values.put(n, format(rs.getObject(ExprCompiler.column(n))));
                }
                String name = withIdentity ? rs.getString("given_name") + " " + rs.getString("family_name") : null;
                out.add(new CaseRow(rs.getString("person_id"), fill(def.reason(), values), values,
                        withIdentity ? rs.getString("nhs_number") : null, name));
            }
        }
        out.sort(java.util.Comparator.comparing(CaseRow::personId));
        return out;
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(Math.round(d * 10) / 10.0);
        }
        return v.toString();
    }
}
