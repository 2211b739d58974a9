package org.derwent.measures.result;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.derwent.measures.plan.Breakdown;

/** Human names of groups: organisations and areas from the store, labels for the other breakdowns. */
public final class GroupNames {
    private final Map<String, String> names = new HashMap<>();
    private final String icbName;

    private GroupNames(String icbName) {
        this.icbName = icbName;
    }

    /** Reads practice, PCN, district, Place, ICP and LSOA names from the store. */
    public static GroupNames load(Connection c, String icbName) throws SQLException {
        GroupNames g = new GroupNames(icbName);
        g.read(c, Breakdown.PRACTICE, "SELECT practice_code, name FROM org_practice");
        g.read(c, Breakdown.PCN, "SELECT pcn_code, name FROM org_pcn");
        g.read(c, Breakdown.DISTRICT, "SELECT district_code, name FROM geo_district");
        g.read(c, Breakdown.PLACE, "SELECT code, name FROM geo_place");
        g.read(c, Breakdown.ICP, "SELECT code, name FROM geo_icp");
        g.read(c, Breakdown.LSOA, "SELECT lsoa_code, name FROM geo_lsoa");
        return g;
    }

    private void read(Connection c, Breakdown b, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.put(b.key() + "|" + rs.getString(1), rs.getString(2));
            }
        }
    }

    /** The name of a group. */
    public String name(Breakdown b, String code) {
        if (b == Breakdown.ICB) {
            return icbName;
        }
        if ("UNKNOWN".equals(code) || "unknown".equals(code)) {
            return "Unknown";
        }
        return switch (b) {
            case IMD_DECILE -> "IMD decile " + code + (code.equals("1") ? " (most deprived)" : code.equals("10") ? " (least deprived)" : "");
            case IMD_QUINTILE -> "IMD quintile " + code + (code.equals("1") ? " (most deprived)" : code.equals("5") ? " (least deprived)" : "");
            case CORE20 -> code.equals("Y") ? "Core20 (most deprived 20% nationally)" : "Not Core20";
            case SMI -> code.equals("Y") ? "Severe mental illness" : "No severe mental illness";
            case LD -> code.equals("Y") ? "Learning disability" : "No learning disability";
            case SEX -> code.equals("F") ? "Female" : code.equals("M") ? "Male" : "Unknown";
            case AGE_BAND -> "Aged " + code;
            case ETHNICITY -> Character.toUpperCase(code.charAt(0)) + code.substring(1);
            default -> names.getOrDefault(b.key() + "|" + code, code);
        };
    }
}
