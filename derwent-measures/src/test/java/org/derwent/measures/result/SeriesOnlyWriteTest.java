package org.derwent.measures.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.junit.jupiter.api.Test;

/** Writing the series alone (the demo's background step) replaces measure_series and nothing else. */
class SeriesOnlyWriteTest {
    private static final LocalDate PE = LocalDate.of(2023, 3, 31);

    @Test
    void series_only_write_replaces_the_series_and_keeps_results_and_catalogue() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            var dialect = new DuckDbSqlDialect();
            CatalogueEntry cat = new CatalogueEntry("A", "A title", "d", "desc", "src", "higher", 0.8, "proportion", false);
            MeasureRow row = new MeasureRow("A", PE, "icb", "ICB", "The ICB", 40.0, 50.0, 0.8, 0.7, 0.9, null, false);
            ResultStore.write(c, dialect, PE, List.of(cat), List.of(row), List.of(), List.of());
            assertThat(count(c, "measure_series")).isZero();
            ResultStore.writeSeries(c, dialect, List.of(new SeriesRow("A", "icb", "ICB", PE, 40, 50, 0.8),
                    new SeriesRow("A", "icb", "ICB", PE.minusMonths(1), 30, 50, 0.6)));
            assertThat(count(c, "measure_series")).isEqualTo(2);
            ResultStore.writeSeries(c, dialect, List.of(new SeriesRow("A", "icb", "ICB", PE, 41, 50, 0.82)));
            assertThat(count(c, "measure_series")).isEqualTo(1);
            assertThat(count(c, "measure_result")).isEqualTo(1);
            assertThat(count(c, "indicator_catalogue")).isEqualTo(1);
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    private static long count(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
