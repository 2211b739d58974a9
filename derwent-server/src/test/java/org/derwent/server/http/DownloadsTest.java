package org.derwent.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DownloadsTest {
    @Test
    void csv_quotes_and_defuses_formulas() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "=HYPERLINK(\"x\")");
        row.put("reason", "BP 150/95, high");
        row.put("n", -5L);
        String csv = Downloads.csv(List.of("name", "reason", "n"), List.of(row));
        assertThat(csv).isEqualTo("name,reason,n\r\n\"'=HYPERLINK(\"\"x\"\")\",\"BP 150/95, high\",-5\r\n");
    }

    @Test
    void xlsx_is_a_zip_workbook() {
        byte[] x = Downloads.xlsx(List.of("a"), List.of(Map.of("a", 1L)));
        assertThat(x[0]).isEqualTo((byte) 'P');
        assertThat(x[1]).isEqualTo((byte) 'K');
    }
}
