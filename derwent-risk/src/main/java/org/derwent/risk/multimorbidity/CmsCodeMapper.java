package org.derwent.risk.multimorbidity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.derwent.risk.frailty.CodelistSource;

/**
 * Maps recorded codes to CMS conditions through each condition's codelists. Recording rules (treated, last 5 years)
 * are the caller's: filter the codes by date or prescription first. Conditions without a codelist are never found
 * this way.
 */
public final class CmsCodeMapper {
    private final Map<String, Set<String>> conditionsByCode = new HashMap<>();
    private final List<CmsCondition> uncovered;

    private CmsCodeMapper(CmsDefinition definition, CodelistSource source) {
        for (CmsCondition c : definition.conditions()) {
            for (String list : c.codelists()) {
                for (String code : source.codes(list)) {
                    conditionsByCode.computeIfAbsent(code, k -> new TreeSet<>()).add(c.id());
                }
            }
        }
        uncovered = definition.conditions().stream().filter(c -> c.codelists().isEmpty()).toList();
    }

    /** Builds the code index from every condition's codelists. */
    public static CmsCodeMapper of(CmsDefinition definition, CodelistSource source) {
        return new CmsCodeMapper(definition, source);
    }

    /** The conditions marked by any of these codes. */
    public Set<String> conditions(Collection<String> codes) {
        Set<String> out = new TreeSet<>();
        for (String code : codes) {
            out.addAll(conditionsByCode.getOrDefault(code, Set.of()));
        }
        return out;
    }

    /** Conditions that no codelist here can find. */
    public List<CmsCondition> uncovered() {
        return uncovered;
    }
}
