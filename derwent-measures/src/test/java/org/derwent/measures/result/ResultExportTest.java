package org.derwent.measures.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultExportTest {
    static final List<MeasureRow> ROWS = List.of(
            new MeasureRow("HYP_TTT", LocalDate.of(2024, 3, 31), "practice", "P1", "Riverside, Surgery", 4.0, 5.0, 0.8, 0.37, 0.96, "within", false),
            new MeasureRow("HYP_TTT", LocalDate.of(2024, 3, 31), "sex", "F", "Female", null, null, null, null, null, null, true));

    @TempDir
    Path dir;

    @Test
    void csv_has_the_contract_columns_and_blank_suppressed_cells() throws Exception {
        Path f = dir.resolve("out.csv");
        ResultExport.write(f, ROWS);
        List<String> lines = Files.readAllLines(f);
        assertThat(lines.get(0)).isEqualTo("indicator_id,period_end,breakdown,group_code,group_name,numerator,denominator,"
                + "value,lower_95,upper_95,funnel_flag,suppressed");
        assertThat(lines.get(1)).isEqualTo("HYP_TTT,2024-03-31,practice,P1,\"Riverside, Surgery\",4,5,0.8,0.37,0.96,within,false");
        assertThat(lines.get(2)).isEqualTo("HYP_TTT,2024-03-31,sex,F,Female,,,,,,,true");
    }

    @Test
    void parquet_reads_back_in_duckdb() throws Exception {
        Path f = dir.resolve("out.parquet");
        ResultExport.write(f, ROWS);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(numerator), COUNT(value) FROM read_parquet('" + f + "')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getDouble(2)).isEqualTo(4.0);
            assertThat(rs.getInt(3)).isEqualTo(1);
        }
    }

    @Test
    void xlsx_is_a_zip_workbook() throws Exception {
        Path f = dir.resolve("out.xlsx");
        ResultExport.write(f, ROWS);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(f), 2);
        assertThat(new String(head)).isEqualTo("PK");
    }

    @Test
    void unknown_extension_is_refused() {
        assertThatThrownBy(() -> ResultExport.write(dir.resolve("out.txt"), ROWS)).hasMessageContaining("must end in .csv, .xlsx or .parquet");
    }
}
