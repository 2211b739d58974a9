package org.derwent.model.footprint;

import java.nio.file.Path;

/** A configuration that cannot be used, with the file, line and field at fault. */
public final class FootprintException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FootprintException(Path file, long line, String field, String value, String expected) {
        super(file + ":" + line + ": field '" + field + "' = '" + value + "': " + expected);
    }

    public FootprintException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }

    public FootprintException(String message) {
        super(message);
    }
}
