package org.derwent.measures.lang;

import java.util.List;

/**
 * A named codelist: one or more OpenCodelists CSV files (relative to the Derwent home, their codes united) in one
 * coding system.
 */
public record CodelistDef(String name, SourcePos pos, List<String> paths, String system) {
    public CodelistDef {
        paths = List.copyOf(paths);
    }
}
