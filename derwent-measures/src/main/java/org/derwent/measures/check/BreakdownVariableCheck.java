package org.derwent.measures.check;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.SourcePos;
import org.derwent.measures.lang.VariableDef;

/** The PLUS-group breakdowns {@code smi} and {@code ld} need boolean variables of those names. */
final class BreakdownVariableCheck implements Checker {
    static final List<String> REQUIRED = List.of("smi", "ld");

    @Override
    public List<Problem> check(MeasureSet set, CodelistLibrary codelists) {
        List<Problem> out = new ArrayList<>();
        if (set.indicators().isEmpty()) {
            return out;
        }
        for (String name : REQUIRED) {
            VariableDef v = set.variables().get(name);
            if (v == null) {
                out.add(new Problem(new SourcePos("measures", 1), "breakdown '" + name + "' needs a variable '" + name
                        + "' (true for patients in the group)"));
            } else if (v.type() != null && v.type() != VariableDef.ValueType.BOOL) {
                out.add(new Problem(v.pos(), "breakdown variable '" + name + "' must be true/false, it is " + v.type()));
            }
        }
        return out;
    }
}
