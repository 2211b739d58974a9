package org.derwent.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.derwent.ingest.LoadException;

/** The {@code extractDate} of the {@code manifest.json} the Derwent generator writes beside an extract, if any. */
public final class ExtractManifest {
    private ExtractManifest() {
    }

    /** The latest extract date named by a manifest.json in (or beside) the sources. */
    public static Optional<LocalDate> extractDate(List<Path> sources) {
        Optional<LocalDate> best = Optional.empty();
        for (Path s : sources) {
            Path dir = Files.isDirectory(s) ? s : s.toAbsolutePath().getParent();
            for (Path m : new Path[] {dir.resolve("manifest.json"), dir.resolveSibling("manifest.json")}) {
                Optional<LocalDate> d = read(m);
                if (d.isPresent() && (best.isEmpty() || d.get().isAfter(best.get()))) {
                    best = d;
                }
            }
        }
        return best;
    }

    private static Optional<LocalDate> read(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            JsonNode d = new ObjectMapper().readTree(manifest.toFile()).get("extractDate");
            return d == null || !d.isTextual() ? Optional.empty() : Optional.of(LocalDate.parse(d.asText()));
        } catch (IOException | DateTimeParseException e) {
            throw new LoadException(manifest + ": cannot read extractDate: " + e.getMessage(), e);
        }
    }
}
