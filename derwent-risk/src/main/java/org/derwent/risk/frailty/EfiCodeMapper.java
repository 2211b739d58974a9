package org.derwent.risk.frailty;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a person's recorded codes to eFI deficits through each deficit's codelists. Deficits without a codelist
 * ({@link CodelistCoverage#NONE}, and polypharmacy) are never found this way: give them by id.
 */
public final class EfiCodeMapper {
    private final Map<String, Set<String>> deficitsByCode = new HashMap<>();
    private final List<EfiDeficit> uncovered;

    private EfiCodeMapper(EfiDefinition definition, CodelistSource source) {
        for (EfiDeficit d : definition.deficits()) {
            for (String list : d.codelists()) {
                for (String code : source.codes(list)) {
                    deficitsByCode.computeIfAbsent(code, c -> new TreeSet<>()).add(d.id());
                }
            }
        }
        uncovered = definition.deficits().stream().filter(d -> d.codelists().isEmpty()).toList();
    }

    /** Builds the code index from every deficit's codelists. */
    public static EfiCodeMapper of(EfiDefinition definition, CodelistSource source) {
        return new EfiCodeMapper(definition, source);
    }

    /** The deficits marked by any of these codes. */
    public Set<String> deficits(Collection<String> codes) {
        Set<String> out = new TreeSet<>();
        for (String code : codes) {
            out.addAll(deficitsByCode.getOrDefault(code, Set.of()));
        }
        return out;
    }

    /** Deficits that no codelist here can find. */
    public List<EfiDeficit> uncovered() {
        return uncovered;
    }
}
