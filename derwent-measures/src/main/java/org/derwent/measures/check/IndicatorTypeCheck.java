package org.derwent.measures.check;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.Expr;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.Types;
import org.derwent.measures.lang.VariableDef.ValueType;

/** Conditions must be true/false and sums must be numbers; a proportion sums both sides or neither. */
final class IndicatorTypeCheck implements Checker {
    @Override
    public List<Problem> check(MeasureSet set, CodelistLibrary codelists) {
        List<Problem> out = new ArrayList<>();
        Types types = new Types(set.variables());
        for (IndicatorDef i : set.indicators()) {
            expect(types, i, "denominator", i.denominator(), ValueType.BOOL, out);
            expect(types, i, "exclusions", i.exclusions(), ValueType.BOOL, out);
            expect(types, i, "numerator", i.numerator(), ValueType.BOOL, out);
            expect(types, i, "denominator sum", i.denominatorSum(), ValueType.NUM, out);
            expect(types, i, "numerator sum", i.numeratorSum(), ValueType.NUM, out);
            if (i.catalogue().unit().equals("proportion") && (i.numeratorSum() == null) != (i.denominatorSum() == null)) {
                out.add(new Problem(i.pos(), "indicator '" + i.id() + "' is a proportion but sums only one side; "
                        + "sum both sides or use unit per_1000 or ratio"));
            }
        }
        return out;
    }

    private static void expect(Types types, IndicatorDef i, String what, Expr e, ValueType want, List<Problem> out) {
        if (e == null) {
            return;
        }
        try {
            ValueType t = types.of(e);
            boolean ok = want == ValueType.BOOL ? t == ValueType.BOOL : t == ValueType.NUM || t == ValueType.BOOL;
            if (!ok) {
                out.add(new Problem(i.pos(), "indicator '" + i.id() + "': " + what + " must be "
                        + (want == ValueType.BOOL ? "a condition" : "a number") + ", it is " + t));
            }
        } catch (DefinitionException ex) {
            // reported by VariableReferenceCheck
        }
    }
}
