package org.derwent.ingest.row;

/**
 * Why one input record was not loaded: the field, its value (masked when identifying) and the reason.
 * Thrown by mappers and caught per record, so one bad record never stops a load.
 */
public final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String value;

    public Rejection(String field, String value, String reason) {
        super(reason, null, false, false);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return getMessage();
    }
}
