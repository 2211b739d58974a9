package org.derwent.server.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.derwent.server.security.Principal;
import org.derwent.server.security.Role;

/**
 * What one signed-in user may see, derived from their role and area (docs/roles.md). The server turns it
 * into SQL predicates with bound values ({@link #resultPredicate}, {@link #practicePredicate}); pages never
 * filter anything themselves.
 */
public final class Scope {
    /** Breakdowns that describe the whole ICB population (comparators), visible to every signed-in role. */
    public static final Set<String> ICB_WIDE = Set.of("icb", "imd_quintile", "imd_decile", "core20", "ethnicity",
            "age_band", "sex", "smi", "ld");
    /** The only breakdowns the public role sees. */
    public static final Set<String> PUBLIC_BREAKDOWNS = Set.of("icb", "place", "icp");

    private final Principal principal;
    private final Footprint footprint;

    public Scope(Principal principal, Footprint footprint) {
        this.principal = principal;
        this.footprint = footprint;
    }

    public Principal principal() {
        return principal;
    }

    public Role role() {
        return principal.role();
    }

    /** SQL predicate (with '?' binds appended to {@code binds}) over columns {@code breakdown, group_code}. */
    public String resultPredicate(List<Object> binds) {
        return switch (role()) {
            case ICB_ANALYST -> "TRUE";
            case PUBLIC -> in("breakdown", PUBLIC_BREAKDOWNS, binds);
            case PLACE_LEAD -> {
                String place = principal.areaCode();
                yield "(" + in("breakdown", ICB_WIDE, binds)
                        + " OR (breakdown = 'place' AND " + in("group_code", Set.of(place), binds) + ")"
                        + " OR (breakdown = 'icp' AND " + in("group_code", footprint.icpsOfPlace(place), binds) + ")"
                        + " OR (breakdown = 'district' AND " + in("group_code", footprint.districtsOfPlace(place), binds) + ")"
                        + " OR (breakdown = 'pcn' AND " + in("group_code", footprint.pcnsOfPlace(place), binds) + ")"
                        + " OR (breakdown = 'practice' AND " + in("group_code", footprint.practicesOfPlace(place), binds) + ")"
                        + " OR (breakdown = 'lsoa' AND " + in("group_code", footprint.lsoasOfPlace(place), binds) + "))";
            }
            case PCN_CLINICIAN -> "(" + in("breakdown", ICB_WIDE, binds)
                    + " OR (breakdown = 'pcn' AND " + in("group_code", Set.of(principal.areaCode()), binds) + ")"
                    + " OR (breakdown = 'practice' AND " + in("group_code", practices(), binds) + "))";
            case PRACTICE_USER -> "(" + in("breakdown", ICB_WIDE, binds)
                    + " OR (breakdown = 'practice' AND " + in("group_code", practices(), binds) + "))";
        };
    }

    /** SQL predicate restricting a {@code practice_code} column to the practices in scope (patient-level rows). */
    public String practicePredicate(String column, List<Object> binds) {
        return switch (role()) {
            case ICB_ANALYST -> "TRUE";
            case PUBLIC -> "FALSE";
            default -> in(column, practices(), binds);
        };
    }

    /** Practices whose patients this user may see at patient level (all, for the ICB analyst). */
    public Set<String> practices() {
        return switch (role()) {
            case ICB_ANALYST -> Set.copyOf(footprint.areas("practice").stream().map(Footprint.Area::code).toList());
            case PUBLIC -> Set.of();
            case PLACE_LEAD -> footprint.practicesOfPlace(principal.areaCode());
            case PCN_CLINICIAN -> footprint.practicesOfPcn(principal.areaCode());
            case PRACTICE_USER -> Set.of(principal.areaCode());
        };
    }

    /** Whether an aggregate row is the user's own direct-care population, shown without disclosure control. */
    public boolean ownDirectCareRow(String breakdown, String groupCode) {
        if (planning || !role().directCare()) {
            return false;
        }
        return switch (breakdown) {
            case "practice" -> practices().contains(groupCode);
            case "pcn" -> role() == Role.PCN_CLINICIAN && principal.areaCode().equals(groupCode);
            default -> false;
        };
    }

    /**
     * The same scope seen as planning use: no row counts as the user's own direct-care population, so
     * disclosure control applies to everything (used for small-area aggregates of patient-level data).
     */
    public Scope forPlanning() {
        Scope s = new Scope(principal, footprint);
        s.planning = true;
        return s;
    }

    private boolean planning;

    /** Whether this user sees identifiable patient details (NHS number, name) in case lists. */
    public boolean identifiable() {
        return role().directCare();
    }

    /** Whether a row of the given breakdown and group is in scope (the same rule as {@link #resultPredicate}). */
    public boolean allows(String breakdown, String groupCode) {
        return switch (role()) {
            case ICB_ANALYST -> true;
            case PUBLIC -> PUBLIC_BREAKDOWNS.contains(breakdown);
            case PLACE_LEAD -> ICB_WIDE.contains(breakdown) || switch (breakdown) {
                case "place" -> principal.areaCode().equals(groupCode);
                case "icp" -> footprint.icpsOfPlace(principal.areaCode()).contains(groupCode);
                case "district" -> footprint.districtsOfPlace(principal.areaCode()).contains(groupCode);
                case "pcn" -> footprint.pcnsOfPlace(principal.areaCode()).contains(groupCode);
                case "practice" -> practices().contains(groupCode);
                case "lsoa" -> footprint.lsoasOfPlace(principal.areaCode()).contains(groupCode);
                default -> false;
            };
            case PCN_CLINICIAN -> ICB_WIDE.contains(breakdown)
                    || ("pcn".equals(breakdown) && principal.areaCode().equals(groupCode))
                    || ("practice".equals(breakdown) && practices().contains(groupCode));
            case PRACTICE_USER -> ICB_WIDE.contains(breakdown)
                    || ("practice".equals(breakdown) && practices().contains(groupCode));
        };
    }

    private static String in(String column, Set<String> values, List<Object> binds) {
        if (values.isEmpty()) {
            return "FALSE";
        }
        List<String> marks = new ArrayList<>();
        for (String v : new java.util.TreeSet<>(values)) {
            binds.add(v);
            marks.add("?");
        }
        return column + " IN (" + String.join(", ", marks) + ")";
    }
}
