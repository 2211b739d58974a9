package org.derwent.measures.lang;

import java.util.List;

/**
 * A case-finding list: patients of the registered cohort matching {@code criteria}, each shown with
 * {@code reason}, a sentence for the clinician in which {@code {variable}} is replaced by the patient's value.
 */
public record CaseListDef(String id, SourcePos pos, String title, Expr criteria, String reason, List<String> show) {
    public CaseListDef {
        show = List.copyOf(show);
    }
}
