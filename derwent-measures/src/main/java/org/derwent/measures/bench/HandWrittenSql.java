package org.derwent.measures.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derwent.measures.codelist.Codelist;
import org.derwent.measures.run.MeasureEngine;

/**
 * Hand-written PostgreSQL for a few indicators, as an analyst would write them: one query per indicator, each
 * scanning the store tables again, all breakdowns as grouping sets (resources {@code bench/*.sql}; dates bound as
 * parameters {@code :pe}, {@code :pe6}, {@code :pe12}). Prints each indicator's ICB numerator/denominator so the
 * plan's figures can be compared.
 */
final class HandWrittenSql {
    static final List<String> INDICATORS = List.of("HYP_PREV", "HYP_TTT", "AF_ANTICOAG", "EA_RATE");
    private static final Pattern PARAM = Pattern.compile(":pe(6|12)?\\b");

    private HandWrittenSql() {
    }

    static double run(Connection pg, MeasureEngine engine, LocalDate pe, Path home) throws SQLException, IOException {
        loadCodes(pg, engine);
        String pop = resource("pop.sql");
        long t = System.nanoTime();
        for (String id : INDICATORS) {
            long t1 = System.nanoTime();
            String sql = pop + resource(id + ".sql");
            List<LocalDate> binds = new ArrayList<>();
            Matcher m = PARAM.matcher(sql);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                binds.add(m.group(1) == null ? pe : pe.minusMonths(Integer.parseInt(m.group(1))));
                m.appendReplacement(sb, "CAST(? AS DATE)");
            }
            m.appendTail(sb);
            int rows = 0;
            double n = 0;
            double d = 0;
            try (PreparedStatement ps = pg.prepareStatement(sb.toString())) {
                for (int i = 0; i < binds.size(); i++) {
                    ps.setDate(i + 1, Date.valueOf(binds.get(i)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        boolean total = true;
                        for (int c = 1; c <= 12; c++) {
                            total &= rs.getString(c) == null;
                        }
                        if (total) {
                            n = rs.getDouble("numerator");
                            d = rs.getDouble("denominator");
                        }
                    }
                }
            }
            System.out.printf("  hand-written %s: %.2f s, %d rows, ICB %.0f / %.0f%n", id, (System.nanoTime() - t1) / 1e9, rows, n, d);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static void loadCodes(Connection pg, MeasureEngine engine) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("DROP TABLE IF EXISTS hand_codes");
            s.execute("CREATE TEMPORARY TABLE hand_codes (list_name TEXT, code TEXT)");
        }
        try (PreparedStatement ps = pg.prepareStatement("INSERT INTO hand_codes VALUES (?, ?)")) {
            for (Codelist c : engine.library().lists().values()) {
                for (String code : c.codes()) {
                    ps.setString(1, c.name());
                    ps.setString(2, code);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (Statement s = pg.createStatement()) {
            s.execute("ANALYZE hand_codes");
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HandWrittenSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing benchmark SQL " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
