package org.derwent.measures.lang;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every definition read from a measures directory. Maps keep file order. */
public record MeasureSet(Map<String, CodelistDef> codelists, Map<String, VariableDef> variables,
        List<IndicatorDef> indicators, List<CaseListDef> caseLists) {
    public MeasureSet {
        codelists = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codelists));
        variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
        indicators = List.copyOf(indicators);
        caseLists = List.copyOf(caseLists);
    }

    public Optional<IndicatorDef> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<CaseListDef> caseList(String id) {
        return caseLists.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A copy keeping only the given indicators (and all variables, which the plan prunes itself). */
    public MeasureSet onlyIndicators(java.util.Collection<String> ids) {
        return new MeasureSet(codelists, variables,
                indicators.stream().filter(i -> ids.contains(i.id())).toList(), caseLists);
    }
}
