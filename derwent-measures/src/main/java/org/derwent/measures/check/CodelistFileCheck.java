package org.derwent.measures.check;

import java.util.List;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.MeasureSet;

/** Codelist files that are missing, unreadable or of an unknown coding system. */
final class CodelistFileCheck implements Checker {
    @Override
    public List<Problem> check(MeasureSet set, CodelistLibrary codelists) {
        return codelists.problems();
    }
}
