package org.derwent.ingest;

/** Input that cannot be used at all (unreadable file, wrong encoding, unknown layout): stops the load. */
public class LoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
