package org.derwent.measures.check;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.CaseListDef;
import org.derwent.measures.lang.DefinitionException;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.Expr;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.Types;
import org.derwent.measures.lang.VariableDef;

/** Unknown variables and cycles in derived variables, indicators and case lists (found by type inference). */
final class VariableReferenceCheck implements Checker {
    @Override
    public List<Problem> check(MeasureSet set, CodelistLibrary codelists) {
        List<Problem> out = new ArrayList<>();
        Types types = new Types(set.variables());
        for (VariableDef v : set.variables().values()) {
            if (v instanceof VariableDef.Derived d) {
                infer(types, d.expr(), out);
            }
        }
        for (IndicatorDef i : set.indicators()) {
            for (Expr e : new Expr[] {i.denominator(), i.denominatorSum(), i.exclusions(), i.numerator(), i.numeratorSum()}) {
                infer(types, e, out);
            }
        }
        for (CaseListDef c : set.caseLists()) {
            infer(types, c.criteria(), out);
            for (String s : c.show()) {
                if (!set.variables().containsKey(s) && !org.derwent.measures.lang.Builtins.isBuiltin(s)) {
                    out.add(new Problem(c.pos(), "case list '" + c.id() + "' shows unknown variable '" + s + "'"));
                }
            }
        }
        return out;
    }

    private static void infer(Types types, Expr e, List<Problem> out) {
        if (e == null) {
            return;
        }
        try {
            types.of(e);
        } catch (DefinitionException ex) {
            ex.problems().stream().filter(p -> !out.contains(p)).forEach(out::add);
        }
    }
}
