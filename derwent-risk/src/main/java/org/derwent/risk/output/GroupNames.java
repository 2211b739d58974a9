package org.derwent.risk.output;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.derwent.risk.features.StoreDates;

/** Display names of breakdown groups: practices, PCNs and Places from the store; fixed names for the rest. */
public final class GroupNames {
    private final Map<String, Map<String, String>> names = new HashMap<>();

    private GroupNames() {
    }

    public static GroupNames read(Connection c) throws SQLException {
        GroupNames g = new GroupNames();
        g.load(c, "practice", "org_practice", "practice_code");
        g.load(c, "pcn", "org_pcn", "pcn_code");
        g.load(c, "place", "geo_place", "code");
        return g;
    }

    private void load(Connection c, String breakdown, String table, String key) throws SQLException {
        Map<String, String> m = new HashMap<>();
        if (StoreDates.tableExists(c, table)) {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT " + key + ", name FROM " + table)) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        names.put(breakdown, m);
    }

    /** The display name of a group. */
    public String name(String breakdown, String code) {
        Map<String, String> m = names.get(breakdown);
        if (m != null) {
            return m.getOrDefault(code, code);
        }
        return switch (breakdown) {
            case "imd_quintile" -> code.equals("unknown") ? "IMD quintile unknown"
                    : "IMD quintile " + code + (code.equals("1") ? " (most deprived)" : code.equals("5")
                            ? " (least deprived)" : "");
            case "sex" -> code.equals("F") ? "Female" : code.equals("M") ? "Male" : "Unknown";
            default -> code.isEmpty() ? code : code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
        };
    }
}
