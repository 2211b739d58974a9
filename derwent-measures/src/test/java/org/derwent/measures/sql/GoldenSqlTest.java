package org.derwent.measures.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionReader;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.plan.AggregateQuery;
import org.derwent.measures.plan.Breakdown;
import org.derwent.measures.plan.CodeTable;
import org.derwent.measures.plan.PivotQuery;
import org.derwent.measures.plan.PopulationQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL each dialect writes for a small definition, compared with files under {@code golden/<dialect>/}
 * (regenerate with {@code -Dgolden.update=true} and review the diff).
 */
class GoldenSqlTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);
    static final String YAML = """
            codelists:
              hyp: {path: reference/codelists/nhsd-primary-care-domain-refsets-hyp_cod.csv, system: snomed}
              hyp_res: {path: reference/codelists/nhsd-primary-care-domain-refsets-hypres_cod.csv, system: snomed}
              sys: {path: reference/codelists/nhsd-primary-care-domain-refsets-sysbp_cod.csv, system: snomed}
              falls: {path: reference/codelists/local/local-falls-icd10.csv}
            variables:
              hyp_reg: {register: hyp, resolved: hyp_res}
              sbp: {latest_value: sys, within: 12 months}
              ea_90d_death: {encounters: admitted, method: emergency, within: 90 days, anchor: death}
              falls_ea: {encounters: admitted, method: emergency, diagnosis: falls, within: 12 months}
              smi: hyp_reg and sbp > 200
              ld: false
            indicators:
              - id: HYP_TTT
                title: t
                domain: cvd
                description: d
                source: s
                direction: higher
                denominator: hyp_reg and age >= 18
                numerator: (age < 80 and sbp <= 140) or (age >= 80 and sbp <= 150)
            """;

    static SqlDialect dialect(String name) {
        return switch (name) {
            case "duckdb" -> new DuckDbSqlDialect();
            case "postgres" -> new PostgresSqlDialect();
            default -> new SparkSqlDialect();
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgres", "spark"})
    void each_dialect_writes_the_expected_sql(String name) throws IOException {
        MeasureSet set = DefinitionReader.read(Map.of("golden.yaml", YAML));
        CodeTable codes = new CodeTable(CodelistLibrary.load(set, org.derwent.measures.fixture.TestHome.home()));
        SqlDialect d = dialect(name);
        String text = "-- population\n" + show(d.render(PopulationQuery.build(PE)))
                + "\n-- patient variables\n" + show(d.createTempTable("m_pv", PivotQuery.build(set, codes, PE, null)))
                + "\n-- aggregate\n" + show(d.render(AggregateQuery.build(set, set.indicators(),
                        List.of(Breakdown.ICB, Breakdown.PRACTICE, Breakdown.SEX), false)));
        String file = "golden/" + name + "/plan.sql";
        if (Boolean.getBoolean("golden.update")) {
            Path p = Path.of("src/test/resources", file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        }
        assertThat(text).isEqualTo(read(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgres", "spark"})
    void values_never_appear_in_the_sql_text(String name) {
        MeasureSet set = DefinitionReader.read(Map.of("golden.yaml", YAML));
        CodeTable codes = new CodeTable(CodelistLibrary.load(set, org.derwent.measures.fixture.TestHome.home()));
        Rendered r = dialect(name).render(AggregateQuery.build(set, set.indicators(), List.of(Breakdown.ICB), false));
        assertThat(r.sql()).doesNotContain("140").doesNotContain("150").doesNotContain("2024");
        assertThat(r.params()).extracting(SqlExpr.Param::value).contains(140.0, 150.0, 18.0);
        Rendered p = dialect(name).render(PivotQuery.build(set, codes, PE, null));
        assertThat(p.sql()).doesNotContain("2023-03-31").doesNotContain("'");
        assertThat(p.params()).extracting(SqlExpr.Param::value).contains(LocalDate.of(2023, 3, 31), "admitted");
    }

    private static String show(Rendered r) {
        return r.sql() + "\n-- params: " + r.params().stream().map(p -> p.type() + ":" + p.value())
                .collect(Collectors.joining(", ")) + "\n";
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GoldenSqlTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? "(missing " + resource + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
