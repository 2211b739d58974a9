package org.derwent.model.footprint;

import java.util.List;

/** An Integrated Care Partnership footprint made of whole districts. */
public record Icp(String code, String name, List<String> districts) {
    public Icp {
        districts = List.copyOf(districts);
    }
}
