package org.derwent.measures.codelist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.measures.lang.CodelistDef;
import org.derwent.measures.lang.DefinitionException.Problem;
import org.derwent.measures.lang.MeasureSet;

/** The codelists a measure set declares, read from files relative to the Derwent home. */
public record CodelistLibrary(Map<String, Codelist> lists, List<Problem> problems) {
    public CodelistLibrary {
        lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
        problems = List.copyOf(problems);
    }

    /** Reads every declared list; unreadable files and unknown systems become problems, not exceptions. */
    public static CodelistLibrary load(MeasureSet set, Path home) {
        Map<String, Codelist> lists = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (CodelistDef def : set.codelists().values()) {
            String system = def.system() != null ? def.system() : CodelistReader.inferSystem(def.path()).orElse(null);
            if (system == null || !CodelistReader.SYSTEMS.contains(system)) {
                problems.add(new Problem(def.pos(), "codelist '" + def.name() + "' needs a coding system (one of "
                        + CodelistReader.SYSTEMS + "), got " + (system == null ? "none" : "'" + system + "'")
                        + "; say system: or end the file name in -snomed, -dmd, -icd10 or -opcs4"));
                continue;
            }
            Path file = home.resolve(def.path());
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(def.pos(), "codelist '" + def.name() + "': file " + def.path() + " not found"));
                continue;
            }
            try {
                lists.put(def.name(), CodelistReader.read(def.name(), system, file));
            } catch (IOException e) {
                problems.add(new Problem(def.pos(), "codelist '" + def.name() + "': cannot read " + def.path() + ": " + e.getMessage()));
            }
        }
        return new CodelistLibrary(lists, problems);
    }
}
