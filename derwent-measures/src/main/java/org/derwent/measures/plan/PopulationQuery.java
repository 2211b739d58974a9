package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.and;
import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.bin;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.date;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.func;
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
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlExpr;
import org.derwent.measures.sql.SqlExpr.Kind;

/**
 * The population of a period: patients alive and registered at the period end, plus those who died in the 12
 * months before it. The practice is the registration in force on the reference date (period end, or the date of
 * death), the latest-starting one when two overlap (a transfer day counts for the new practice). Age is in whole
 * years on the reference date, taking the birthday as the first of the birth month. Only the practice and LSOA codes
 * of the breakdowns are kept ({@code b_practice}, {@code b_lsoa}) with the ESP2013 band; the other breakdown columns
 * are looked up when aggregating ({@link BreakdownColumns}), which keeps this table and the patient-variable table
 * narrow.
 */
public final class PopulationQuery {
    /** Age bands of the {@code age_band} breakdown: lower bounds and labels. */
    static final int[] AGE_FROM = {0, 18, 40, 65, 75, 85};
    static final String[] AGE_LABEL = {"0-17", "18-39", "40-64", "65-74", "75-84", "85+"};

    /** People who died within this many months before the period end stay in the population (cohort {@code died}). */
    public static final int LOOKBACK_MONTHS = 12;

    private PopulationQuery() {
    }

    public static Query build(LocalDate periodEnd) {
        return build(periodEnd, null);
    }

    /**
     * The population; with {@code eventLists} not null, only patients with a matched coded event ({@link Tables#EVENTS})
     * of one of those list ids are kept (for runs whose every denominator needs one: {@link EventlessPatients}).
     */
    public static Query build(LocalDate periodEnd, java.util.Set<Integer> eventLists) {
        SqlExpr pe = date(periodEnd);
        SqlExpr death = col("p", "death_date");
        SqlExpr diedBy = and(new SqlExpr.IsNull(death, true), bin("<=", death, pe));
        SqlExpr ref = when(diedBy, death, pe);
        SqlExpr inForce = and(bin("<=", col("r", "start_date"), ref),
                or(isNull(col("r", "end_date")), bin(">=", col("r", "end_date"), ref)));
        // implied by inForce (the reference date is in (pe - 12 months, pe]) but on registration alone, so the engine
        // can filter the registrations before joining them to people
        SqlExpr possiblyInForce = and(bin("<=", col("r", "start_date"), pe), or(isNull(col("r", "end_date")),
                bin(">", col("r", "end_date"), date(periodEnd.minusMonths(LOOKBACK_MONTHS)))));
        SqlExpr rn = new SqlExpr.Over(new SqlExpr.Func("ROW_NUMBER", List.of(), false),
                List.of(col("p", "person_id")), List.of(col("r", "start_date"), col("r", "practice_code")));
        List<Query.Join> personJoins = new ArrayList<>();
        if (eventLists != null) {
            Query withEvents = new Query.Select(List.of(as(col("person_id"), "person_id")), table(Tables.EVENTS, null),
                    List.of(), new SqlExpr.In(col("list_id"), eventLists.stream().sorted()
                            .map(i -> (SqlExpr) new SqlExpr.IntConst(i)).toList()), List.of(col("person_id")), null);
            personJoins.add(new Query.Join(false, new Query.Sub(withEvents, "ev"), eq(col("ev", "person_id"), col("p", "person_id"))));
        }
        personJoins.add(new Query.Join(false, table("registration", "r"), eq(col("r", "person_id"), col("p", "person_id"))));
        Query inner = new Query.Select(List.of(
                as(col("p", "person_id"), "person_id"), as(col("p", "sex"), "sex"),
                as(col("p", "ethnic_group"), "ethnic_group"), as(col("p", "ethnic_category"), "ethnic_category"),
                as(col("p", "birth_year"), "birth_year"), as(col("p", "birth_month"), "birth_month"),
                as(col("p", "lsoa_code"), "lsoa_code"), as(death, "death_date"), as(ref, "ref_date"),
                as(col("r", "practice_code"), "practice_code"), as(col("r", "start_date"), "registration_date"), as(rn, "rn")),
                table("person", "p"),
                personJoins,
                and(or(isNull(death), bin(">", death, date(periodEnd.minusMonths(LOOKBACK_MONTHS)))), inForce, possiblyInForce),
                List.of(), null);

        SqlExpr age = special(Kind.INT_DIV,
                bin("-", bin("+", bin("*", special(Kind.YEAR, col("s", "ref_date")), k(12)), special(Kind.MONTH, col("s", "ref_date"))),
                        bin("+", bin("*", col("s", "birth_year"), k(12)), col("s", "birth_month"))), k(12));
        List<Query.Item> items = new ArrayList<>();
        items.add(as(col("s", "person_id"), "person_id"));
        items.add(as(func("COALESCE", col("s", "sex"), text("U")), "sex"));
        items.add(as(func("COALESCE", col("s", "ethnic_group"), text("unknown")), "ethnic_group"));
        items.add(as(col("s", "ethnic_category"), "ethnic_category"));
        items.add(as(age, "age"));
        items.add(as(col("s", "death_date"), "death_date"));
        items.add(as(col("gl", "imd_decile"), "imd_decile"));
        items.add(as(when(isNull(col("s", "death_date")), k(1), when(bin(">", col("s", "death_date"), pe), k(1), k(0))), "registered"));
        items.add(as(when(isNull(col("s", "death_date")), k(0), when(bin("<=", col("s", "death_date"), pe), k(1), k(0))), "died"));
        items.add(as(col("s", "registration_date"), "registration_date"));
        items.add(as(unknown(col("s", "practice_code")), "b_practice"));
        items.add(as(unknown(col("s", "lsoa_code")), "b_lsoa"));
        items.add(as(func("COALESCE", func("LEAST", special(Kind.INT_DIV, age, k(5)), k(18)), k(-1)), "b_esp"));
        return new Query.Select(items, new Query.Sub(inner, "s"), List.of(
                new Query.Join(true, table("geo_lsoa", "gl"), eq(col("gl", "lsoa_code"), col("s", "lsoa_code")))),
                eq(col("s", "rn"), k(1)), List.of(), null);
    }

    private static SqlExpr unknown(SqlExpr e) {
        return func("COALESCE", e, text("UNKNOWN"));
    }
}
