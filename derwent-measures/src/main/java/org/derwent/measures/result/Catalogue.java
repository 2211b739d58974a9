package org.derwent.measures.result;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.lang.MeasureSet;

/** Builds {@code indicator_catalogue} rows from the definitions, with the standardised companions. */
public final class Catalogue {
    private Catalogue() {
    }

    public static List<CatalogueEntry> of(MeasureSet set) {
        List<CatalogueEntry> out = new ArrayList<>();
        for (IndicatorDef i : set.indicators()) {
            IndicatorDef.Catalogue c = i.catalogue();
            boolean caseList = set.caseList(i.id()).isPresent();
            out.add(new CatalogueEntry(i.id(), c.title(), c.domain(), c.description(), c.source(), c.direction(),
                    c.target(), c.unit(), caseList));
            if (i.standardise()) {
                out.add(new CatalogueEntry(i.id() + ResultAssembler.DSR_SUFFIX, c.title() + " (age-standardised)",
                        c.domain(), c.description() + " Directly standardised to the 2013 European Standard Population "
                        + "(19 five-year bands), Dobson/Byar 95% limits; not shown when fewer than 10 events.",
                        c.source() + "; ESP2013 DSR (PHE method)", c.direction(), null, c.unit(), false));
            }
        }
        return out;
    }
}
