package org.derwent.ingest.source;

import java.nio.file.Path;
import java.util.Optional;
import org.derwent.model.extract.ExtractTable;

/** One input file with its detected format (and extract table for CSV); {@code name} is what reports show. */
public record SourceFile(Path path, String name, Format format, Optional<ExtractTable> table) {
}
