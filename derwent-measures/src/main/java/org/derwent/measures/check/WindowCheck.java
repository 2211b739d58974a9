package org.derwent.measures.check;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.Span;
import org.derwent.measures.lang.VariableDef;
import org.derwent.measures.lang.Window;

/**
 * Contradictory or impossible windows: non-positive lengths, an excluded recent part as long as the window itself
 * (nothing can match), and month spans anchored on death (only day spans are exact there).
 */
final class WindowCheck implements Checker {
    @Override
    public List<Problem> check(MeasureSet set, CodelistLibrary codelists) {
        List<Problem> out = new ArrayList<>();
        for (VariableDef v : set.variables().values()) {
            Window w = window(v);
            if (w != null) {
                check(v.name(), w, out);
            }
        }
        return out;
    }

    private static Window window(VariableDef v) {
        if (v instanceof VariableDef.Events e) {
            return e.window();
        } else if (v instanceof VariableDef.Encounters e) {
            return e.window();
        } else if (v instanceof VariableDef.Readmissions r) {
            return r.window();
        } else if (v instanceof VariableDef.DistinctMedicines d) {
            return d.window();
        } else if (v instanceof VariableDef.Registration r) {
            return r.window();
        }
        return null;
    }

    private static void check(String name, Window w, List<Problem> out) {
        Span within = w.within();
        Span excl = w.excludingLast();
        if (within != null && within.amount() <= 0) {
            out.add(new Problem(w.pos(), "variable '" + name + "': window 'within: " + within + "' must be positive"));
        }
        if (excl != null && excl.amount() < 0) {
            out.add(new Problem(w.pos(), "variable '" + name + "': 'excluding_last: " + excl + "' must not be negative"));
        }
        if (within != null && excl != null && excl.approxDays() >= within.approxDays()) {
            out.add(new Problem(w.pos(), "variable '" + name + "': contradictory window, 'excluding_last: " + excl
                    + "' is not shorter than 'within: " + within + "' so no date can match"));
        }
        if (w.anchor() == Window.Anchor.DEATH && (within == null || within.unit() != Span.Unit.DAYS
                || excl != null && excl.unit() != Span.Unit.DAYS)) {
            out.add(new Problem(w.pos(), "variable '" + name + "': windows anchored on death need 'within' in days"));
        }
    }
}
