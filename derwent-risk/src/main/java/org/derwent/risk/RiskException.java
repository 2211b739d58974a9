package org.derwent.risk;

/** A risk run could not proceed; the message names the table, file or value at fault. */
public final class RiskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RiskException(String message) {
        super(message);
    }

    public RiskException(String message, Throwable cause) {
        super(message, cause);
    }
}
