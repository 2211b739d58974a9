package org.derwent.synth.codes;

import java.util.List;
import java.util.SplittableRandom;
import org.derwent.model.code.CodeSystem;

/**
 * A clinical idea the generator records (e.g. "hypertension diagnosis", "amlodipine issue") with the real codes
 * it may be written as. Every code is checked against its codelist when the catalogue is built.
 *
 * @param name  short name used in docs and errors
 * @param list  the codelist the codes come from
 * @param codes the codes, most typical first; {@link #pick} favours the first
 */
public record Concept(String name, Codelist list, List<String> codes) {
    public Concept {
        codes = List.copyOf(codes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("concept " + name + " has no codes");
        }
        codes.forEach(list::require);
    }

    public CodeSystem system() {
        return list.system();
    }

    public String first() {
        return codes.get(0);
    }

    /** A code: the first with probability one half, otherwise uniform over all. */
    public String pick(SplittableRandom rng) {
        if (codes.size() == 1 || rng.nextBoolean()) {
            return codes.get(0);
        }
        return codes.get(rng.nextInt(codes.size()));
    }
}
