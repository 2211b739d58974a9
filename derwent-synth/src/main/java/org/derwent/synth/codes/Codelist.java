package org.derwent.synth.codes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.derwent.model.code.CodeSystem;

/**
 * One codelist file in OpenCodelists CSV form: its codes (from the {@code code}, {@code dmd_id} or {@code id}
 * column) with their terms, in file order.
 *
 * @param name   file name, e.g. {@code nhsd-primary-care-domain-refsets-hyp_cod.csv}
 * @param system code system the codes belong to
 * @param terms  code to term, in file order
 */
public record Codelist(String name, CodeSystem system, Map<String, String> terms) {
    public Codelist {
        terms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    public boolean contains(String code) {
        return terms.containsKey(code);
    }

    public Set<String> codes() {
        return terms.keySet();
    }

    /** The code itself after checking it is in this list; the error names the list and the code. */
    public String require(String code) {
        if (!contains(code)) {
            throw new IllegalStateException("code " + code + " is not in codelist " + name);
        }
        return code;
    }
}
