package org.derwent.risk.frailty;

import java.util.List;

/**
 * One of the 36 eFI deficits (Clegg 2016 Table 1).
 *
 * @param number position 1-36 in Clegg's table
 * @param id stable identifier used by the calculator and the measure language (for example {@code falls})
 * @param name Clegg's name
 * @param efiCodeSet stem of the original eFI code set ({@code efi-falls} = GM-SDE {@code efi-falls.snomed.txt}); null
 *     for polypharmacy
 * @param coverage how the deficit can be found from codes here
 * @param codelists file names in reference/codelists used to find it (empty unless {@code coverage} is PROXY)
 * @param note what the proxy lists miss, or why there is none
 */
public record EfiDeficit(int number, String id, String name, String efiCodeSet, CodelistCoverage coverage,
        List<String> codelists, String note) {
    public EfiDeficit {
        codelists = List.copyOf(codelists);
    }
}
