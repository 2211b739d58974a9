package org.derwent.measures.lang;

/** A named codelist: an OpenCodelists CSV file (relative to the Derwent home) in one coding system. */
public record CodelistDef(String name, SourcePos pos, String path, String system) {
}
