package org.derwent.measures.lang;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Variables every definition can use without declaring them: {@code age} (whole years at the period end, or at
 * death), {@code sex} ({@code F}, {@code M}, {@code U}), {@code ethnic_group} ({@code white}, {@code mixed},
 * {@code asian}, {@code black}, {@code other}, {@code unknown}), {@code ethnic_category} (NHS code A..S, Z),
 * {@code imd_decile} (1 = most deprived), {@code registered} (alive and registered at the period end),
 * {@code died} (died in the 12 months to the period end) and {@code registration_date} (start of the registration
 * with the practice the patient is counted at, in force at the period end or date of death).
 */
public final class Builtins {
    private static final Map<String, VariableDef.ValueType> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("age", VariableDef.ValueType.NUM);
        TYPES.put("sex", VariableDef.ValueType.TEXT);
        TYPES.put("ethnic_group", VariableDef.ValueType.TEXT);
        TYPES.put("ethnic_category", VariableDef.ValueType.TEXT);
        TYPES.put("imd_decile", VariableDef.ValueType.NUM);
        TYPES.put("registered", VariableDef.ValueType.BOOL);
        TYPES.put("died", VariableDef.ValueType.BOOL);
        TYPES.put("registration_date", VariableDef.ValueType.DATE);
    }

    private Builtins() {
    }

    public static boolean isBuiltin(String name) {
        return TYPES.containsKey(name);
    }

    public static VariableDef.ValueType type(String name) {
        return TYPES.get(name);
    }

    public static java.util.Set<String> names() {
        return TYPES.keySet();
    }
}
