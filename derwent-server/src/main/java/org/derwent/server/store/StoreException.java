package org.derwent.server.store;

/** A failure talking to the store; the message names the statement's problem or the file. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
