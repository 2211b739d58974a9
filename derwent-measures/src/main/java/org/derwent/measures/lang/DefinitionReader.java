package org.derwent.measures.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.derwent.measures.yaml.YNode;
import org.derwent.measures.yaml.YamlTree;

/** Reads every {@code *.yaml} file under a measures directory (sorted by path) into one {@link MeasureSet}. */
public final class DefinitionReader {
    private final Map<String, CodelistDef> codelists = new LinkedHashMap<>();
    private final Map<String, VariableDef> variables = new LinkedHashMap<>();
    private final List<IndicatorDef> indicators = new ArrayList<>();
    private final List<CaseListDef> caseLists = new ArrayList<>();

    private DefinitionReader() {
    }

    /** Reads a directory of definitions. */
    public static MeasureSet readDirectory(Path dir) {
        DefinitionReader r = new DefinitionReader();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".yaml") || x.toString().endsWith(".yml")).sorted().toList()) {
                r.add(Files.readString(p, StandardCharsets.UTF_8), dir.relativize(p).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read measure definitions in " + dir + ": " + e.getMessage(), e);
        }
        return r.build();
    }

    /** Reads definitions from texts keyed by file name (tests and single files). */
    public static MeasureSet read(Map<String, String> files) {
        DefinitionReader r = new DefinitionReader();
        files.forEach((name, text) -> r.add(text, name));
        return r.build();
    }

    private MeasureSet build() {
        return new MeasureSet(codelists, variables, indicators, caseLists);
    }

    private void add(String text, String file) {
        Fields top = new Fields(YamlTree.parse(text, file), file, "file " + file);
        YNode cl = top.node("codelists");
        if (cl != null) {
            forEachEntry(cl, file, "codelists", (name, node, line) -> {
                Fields f = new Fields(node, file, "codelist '" + name + "'");
                YNode p = f.node("path");
                java.util.List<String> paths = new ArrayList<>();
                if (p instanceof YNode.YList l) {
                    l.items().forEach(i -> paths.add(((YNode.YScalar) i).text()));
                } else if (p instanceof YNode.YScalar s && !s.text().isBlank()) {
                    paths.add(s.text());
                } else {
                    throw new DefinitionException(new SourcePos(file, line), "codelist '" + name + "' needs field 'path'");
                }
                CodelistDef def = new CodelistDef(name, new SourcePos(file, line), paths, f.text("system"));
                f.rejectUnknown();
                put(codelists, name, def, def.pos(), "codelist");
            });
        }
        YNode vars = top.node("variables");
        if (vars != null) {
            forEachEntry(vars, file, "variables", (name, node, line) ->
                    put(variables, name, VariableReader.read(name, node, file, line), new SourcePos(file, line), "variable"));
        }
        YNode inds = top.node("indicators");
        if (inds != null) {
            for (YNode n : list(inds, file, "indicators")) {
                IndicatorDef def = IndicatorReader.indicator(n, file);
                if (indicators.stream().anyMatch(i -> i.id().equals(def.id()))) {
                    throw new DefinitionException(def.pos(), "indicator '" + def.id() + "' is defined twice");
                }
                indicators.add(def);
            }
        }
        YNode cases = top.node("case_lists");
        if (cases != null) {
            for (YNode n : list(cases, file, "case_lists")) {
                caseLists.add(IndicatorReader.caseList(n, file));
            }
        }
        top.rejectUnknown();
    }

    private static <T> void put(Map<String, T> map, String name, T value, SourcePos pos, String what) {
        if (map.putIfAbsent(name, value) != null) {
            throw new DefinitionException(pos, what + " '" + name + "' is defined twice");
        }
    }

    private static List<YNode> list(YNode n, String file, String what) {
        if (!(n instanceof YNode.YList l)) {
            throw new DefinitionException(new SourcePos(file, n.line()), what + " must be a list");
        }
        return l.items();
    }

    private interface EntryConsumer {
        void accept(String name, YNode node, int line);
    }

    private static void forEachEntry(YNode n, String file, String what, EntryConsumer c) {
        if (!(n instanceof YNode.YMap m)) {
            throw new DefinitionException(new SourcePos(file, n.line()), what + " must be a mapping of name: definition");
        }
        m.entries().forEach((k, v) -> c.accept(k, v, m.keyLines().get(k)));
    }
}
