package org.derwent.measures.caselist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.fixture.TestHome;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.junit.jupiter.api.Test;

class CaseListRunnerTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);

    private static List<CaseRow> run(String id, String practice, boolean identity) throws Exception {
        MeasureEngine engine = MeasureEngine.load(TestHome.measures(), TestHome.home(), new DuckDbSqlDialect());
        try (Connection c = FixtureDb.duckdb()) {
            FixtureDb.load(c, "core");
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO identity (person_id, nhs_number, given_name, family_name) VALUES ('p07', '9434765919', 'Ann', 'Example')");
            }
            return new CaseListRunner(engine).run(c, id, practice, PE, identity);
        }
    }

    @Test
    void lists_possible_undiagnosed_hypertension_with_the_reason() throws Exception {
        List<CaseRow> rows = run("HYP_UNDX", "P1", false);
        assertThat(rows).extracting(CaseRow::personId).containsExactly("p07");
        assertThat(rows.get(0).reason()).isEqualTo(
                "Last BP 150/95 mmHg on 2024-02-01, no hypertension diagnosis: consider ABPM/HBPM to confirm.");
        assertThat(rows.get(0).nhsNumber()).isNull();
    }

    @Test
    void only_the_practice_asked_for_is_listed() throws Exception {
        assertThat(run("HYP_UNDX", "P2", false)).isEmpty();
    }

    @Test
    void hypertension_not_at_target_includes_patients_without_a_reading() throws Exception {
        assertThat(run("HYP_TTT", "P2", false)).extracting(CaseRow::personId).containsExactly("p04", "p05");
    }

    @Test
    void identity_is_joined_only_when_asked() throws Exception {
        CaseRow r = run("HYP_UNDX", "P1", true).get(0);
        assertThat(r.nhsNumber()).isEqualTo("9434765919");
        assertThat(r.name()).isEqualTo("Ann Example");
    }

    @Test
    void unknown_list_names_the_known_ones() {
        assertThatThrownBy(() -> run("NOPE", "P1", false)).hasMessageContaining("no case list 'NOPE'").hasMessageContaining("HYP_UNDX");
    }
}
