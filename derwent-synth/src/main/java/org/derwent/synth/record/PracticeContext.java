package org.derwent.synth.record;

import java.util.List;
import org.derwent.model.footprint.Lsoa;
import org.derwent.model.footprint.Practice;

/**
 * What the record writers need to know about the practice being generated.
 *
 * @param practice        the practice
 * @param districtLsoas   LSOAs of the practice's district, indexed as in the cohort
 * @param transferSources practices a transferring patient may have come from (same district first)
 * @param postcode        postcode district (outward code) written for the practice's patients
 */
public record PracticeContext(Practice practice, List<Lsoa> districtLsoas, List<String> transferSources, String postcode) {
    public PracticeContext {
        districtLsoas = List.copyOf(districtLsoas);
        transferSources = List.copyOf(transferSources);
    }

    /** Outward code of a postcode ("DE22 3NE" gives "DE22"); empty when there is none. */
    public static String outward(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return "";
        }
        String p = postcode.trim();
        int space = p.indexOf(' ');
        return space > 0 ? p.substring(0, space) : (p.length() > 3 ? p.substring(0, p.length() - 3) : p);
    }
}
