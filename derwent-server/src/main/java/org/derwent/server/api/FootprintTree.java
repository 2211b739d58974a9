package org.derwent.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.server.ServerContext;
import org.derwent.server.scope.Footprint;
import org.derwent.server.scope.Scope;
import org.derwent.server.security.Role;

/** The footprint tree ICB > Place > PCN > practice, cut to the areas in the user's scope. */
public final class FootprintTree {
    private final ServerContext sc;

    public FootprintTree(ServerContext sc) {
        this.sc = sc;
    }

    public Map<String, Object> get(Scope scope) {
        Footprint f = sc.footprint();
        Set<String> practices = scope.practices();
        List<Map<String, Object>> places = new ArrayList<>();
        for (Footprint.Area place : f.areas("place")) {
            boolean placeVisible = switch (scope.role()) {
                case ICB_ANALYST, PUBLIC -> true;
                case PLACE_LEAD -> place.code().equals(scope.principal().areaCode());
                default -> false;
            };
            List<Map<String, Object>> pcns = new ArrayList<>();
            if (scope.role() != Role.PUBLIC) {
                for (String pcn : f.pcnsOfPlace(place.code())) {
                    List<Map<String, Object>> ps = new ArrayList<>();
                    for (String p : f.practicesOfPcn(pcn)) {
                        if (practices.contains(p) && place.code().equals(f.placeOfPractice(p))) {
                            ps.add(node("practice", p, f.name("practice", p), List.of()));
                        }
                    }
                    if (!ps.isEmpty()) {
                        pcns.add(node("pcn", pcn, f.name("pcn", pcn), ps));
                    }
                }
            }
            if (placeVisible || !pcns.isEmpty()) {
                places.add(node("place", place.code(), place.name(), pcns));
            }
        }
        return node("icb", "ICB", f.name("icb", "ICB"), places);
    }

    private static Map<String, Object> node(String level, String code, String name, List<Map<String, Object>> children) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level);
        m.put("code", code);
        m.put("name", name);
        m.put("children", children);
        return m;
    }
}
