package org.derwent.measures.check;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.codelist.Codelist;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.SourcePos;
import org.derwent.measures.lang.VariableDef;

/** Variables naming a codelist that is not declared, or a diagnosis list that is not ICD-10. */
final class CodelistReferenceCheck implements Checker {
    @Override
    public List<Problem> check(MeasureSet set, CodelistLibrary codelists) {
        List<Problem> out = new ArrayList<>();
        for (VariableDef v : set.variables().values()) {
            if (v instanceof VariableDef.Register r) {
                ref(set, v, r.codelist(), out);
                if (r.resolved() != null) {
                    ref(set, v, r.resolved(), out);
                }
            } else if (v instanceof VariableDef.Events e) {
                ref(set, v, e.codelist(), out);
            } else if (v instanceof VariableDef.Encounters e && e.diagnosis() != null) {
                ref(set, v, e.diagnosis(), out);
                Codelist c = codelists.lists().get(e.diagnosis());
                if (c != null && !c.system().equals("icd10")) {
                    out.add(new Problem(v.pos(), "variable '" + v.name() + "': diagnosis codelist '" + e.diagnosis()
                            + "' must be icd10, it is " + c.system()));
                }
            }
        }
        return out;
    }

    private static void ref(MeasureSet set, VariableDef v, String name, List<Problem> out) {
        if (!set.codelists().containsKey(name)) {
            SourcePos pos = v.pos();
            out.add(new Problem(pos, "variable '" + v.name() + "' uses unknown codelist '" + name + "'"));
        }
    }
}
