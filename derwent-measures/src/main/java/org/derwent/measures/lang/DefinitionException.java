package org.derwent.measures.lang;

import java.util.List;
import java.util.stream.Collectors;

/** One or more problems in measure definitions; each message names the file and line. */
public final class DefinitionException extends RuntimeException {
    private final List<Problem> problems;

    public DefinitionException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public DefinitionException(SourcePos pos, String message) {
        this(List.of(new Problem(pos, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A single problem at a position. */
    public record Problem(SourcePos pos, String message) {
        @Override
        public String toString() {
            return pos + ": " + message;
        }
    }
}
