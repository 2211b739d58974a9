package org.derwent.model.footprint;

import java.util.List;

/** A Place (usually an upper-tier local authority footprint) made of whole districts. */
public record Place(String code, String name, List<String> districts) {
    public Place {
        districts = List.copyOf(districts);
    }
}
