package org.derwent.server.security;

import java.util.HashSet;
import java.util.Set;
import org.derwent.server.testing.TestServer;

/**
 * An independent statement of each demo account's scope, computed with plain SQL over the fixture store
 * (not with the server's Scope class), used to check the server's answers.
 */
final class ScopeOracle {
    private ScopeOracle() {
    }

    /** Codes of {@code breakdown} that {@code user} may see, or null for "all". */
    static Set<String> allowed(String user, String breakdown) {
        Set<String> icbWide = Set.of("icb", "imd_quintile", "imd_decile", "core20", "ethnicity", "age_band", "sex", "smi", "ld");
        String area = area(user);
        return switch (user) {
            case "analyst" -> null;
            case "public" -> Set.of("icb", "place", "icp").contains(breakdown) ? null : Set.of();
            case "placelead" -> icbWide.contains(breakdown) ? null : switch (breakdown) {
                case "place" -> Set.of(area);
                case "practice" -> codes("SELECT p.practice_code FROM org_practice p JOIN geo_district d USING (district_code) WHERE d.place_code = ?", area);
                case "pcn" -> codes("SELECT DISTINCT p.pcn_code FROM org_practice p JOIN geo_district d USING (district_code) WHERE d.place_code = ?", area);
                case "district" -> codes("SELECT district_code FROM geo_district WHERE place_code = ?", area);
                case "icp" -> codes("SELECT DISTINCT icp_code FROM geo_district WHERE place_code = ?", area);
                case "lsoa" -> codes("SELECT l.lsoa_code FROM geo_lsoa l JOIN geo_district d USING (district_code) WHERE d.place_code = ?", area);
                default -> Set.of();
            };
            case "clinician" -> icbWide.contains(breakdown) ? null : switch (breakdown) {
                case "pcn" -> Set.of(area);
                case "practice" -> codes("SELECT practice_code FROM org_practice WHERE pcn_code = ?", area);
                default -> Set.of();
            };
            case "practice" -> icbWide.contains(breakdown) ? null : "practice".equals(breakdown) ? Set.of(area) : Set.of();
            default -> throw new IllegalArgumentException(user);
        };
    }

    /** Practices whose patients {@code user} may see at patient level. */
    static Set<String> practices(String user) {
        String area = area(user);
        return switch (user) {
            case "analyst" -> codes("SELECT practice_code FROM org_practice WHERE ? IS NULL", (String) null);
            case "placelead" -> codes("SELECT p.practice_code FROM org_practice p JOIN geo_district d USING (district_code) WHERE d.place_code = ?", area);
            case "clinician" -> codes("SELECT practice_code FROM org_practice WHERE pcn_code = ?", area);
            case "practice" -> Set.of(area);
            default -> Set.of();
        };
    }

    static String area(String user) {
        Set<String> s = codes("SELECT coalesce(area_code, '') FROM app_user WHERE username = ?", user);
        return s.isEmpty() ? null : s.iterator().next();
    }

    static Set<String> codes(String sql, String bind) {
        var store = TestServer.get().store();
        Set<String> out = new HashSet<>();
        store.query(sql, java.util.Arrays.asList(bind)).rows().forEach(r -> out.add((String) r.get(0)));
        return out;
    }

}
