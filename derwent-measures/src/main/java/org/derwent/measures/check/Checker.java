package org.derwent.measures.check;

import java.util.List;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.MeasureSet;

/** One check over a measure set; returns the problems found, each with file and line. */
public interface Checker {
    List<Problem> check(MeasureSet set, CodelistLibrary codelists);
}
