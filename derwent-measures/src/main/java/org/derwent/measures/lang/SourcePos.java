package org.derwent.measures.lang;

/** Where a definition came from: file (relative to the measures directory) and 1-based line. */
public record SourcePos(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
