package org.derwent.measures.check;

import java.util.List;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.MeasureSet;

/** A codelist file with no codes would silently make a variable always false. */
final class EmptyCodelistCheck implements Checker {
    @Override
    public List<Problem> check(MeasureSet set, CodelistLibrary codelists) {
        return set.codelists().values().stream()
                .filter(d -> codelists.lists().containsKey(d.name()) && codelists.lists().get(d.name()).codes().isEmpty())
                .map(d -> new Problem(d.pos(), "codelist '" + d.name() + "' (" + String.join(", ", d.paths()) + ") has no codes"))
                .toList();
    }
}
