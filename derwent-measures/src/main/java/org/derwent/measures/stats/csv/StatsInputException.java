package org.derwent.measures.stats.csv;

/** Bad input to a statistics method, naming the file, line, column and value where known. */
public final class StatsInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StatsInputException(String message) {
        super(message);
    }

    /** "FILE line N, column 'c': value 'v' — expected". */
    public static StatsInputException at(String file, long line, String column, String value, String expected) {
        return new StatsInputException(file + " line " + line + ", column '" + column + "': value '" + value + "' — " + expected);
    }

    /** "FILE line N: problem". */
    public static StatsInputException at(String file, long line, String problem) {
        return new StatsInputException(file + " line " + line + ": " + problem);
    }
}
