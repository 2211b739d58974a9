package org.derwent.measures.check;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.MeasureSet;

/** Runs every checker and fails with all problems at once. */
public final class Checks {
    private static final List<Checker> ALL = List.of(new CodelistFileCheck(), new EmptyCodelistCheck(),
            new CodelistReferenceCheck(), new VariableReferenceCheck(), new WindowCheck(), new IndicatorTypeCheck(),
            new BreakdownVariableCheck());

    private Checks() {
    }

    /** Throws {@link DefinitionException} listing every problem, or returns normally. */
    public static void validate(MeasureSet set, CodelistLibrary codelists) {
        List<Problem> problems = new ArrayList<>();
        for (Checker c : ALL) {
            problems.addAll(c.check(set, codelists));
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
    }
}
