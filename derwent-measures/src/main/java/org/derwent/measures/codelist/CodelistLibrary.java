package org.derwent.measures.codelist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            String system = def.system() != null ? def.system()
                    : CodelistReader.inferSystem(def.paths().get(0)).orElse(null);
            if (system == null || !CodelistReader.SYSTEMS.contains(system)) {
                problems.add(new Problem(def.pos(), "codelist '" + def.name() + "' needs a coding system (one of "
                        + CodelistReader.SYSTEMS + "), got " + (system == null ? "none" : "'" + system + "'")
                        + "; say system: or end the file name in -snomed, -dmd, -icd10 or -opcs4"));
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            boolean ok = true;
            for (String path : def.paths()) {
                Path file = home.resolve(path);
                if (!Files.isRegularFile(file)) {
                    problems.add(new Problem(def.pos(), "codelist '" + def.name() + "': file " + path + " not found"));
                    ok = false;
                    continue;
                }
                try {
                    codes.addAll(CodelistReader.read(def.name(), system, file).codes());
                } catch (IOException e) {
                    problems.add(new Problem(def.pos(), "codelist '" + def.name() + "': cannot read " + path + ": " + e.getMessage()));
                    ok = false;
                }
            }
            if (ok) {
                lists.put(def.name(), new Codelist(def.name(), system, String.join(", ", def.paths()), codes));
            }
        }
        return new CodelistLibrary(lists, problems);
    }
}
