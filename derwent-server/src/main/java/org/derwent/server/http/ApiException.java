package org.derwent.server.http;

/**
 * The one exception an HTTP handler throws to answer with an error status; the message names the bad value
 * and where it was (parameter, path). Mapped to JSON (API) or a page (HTML) in one place, {@link Errors}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient java.util.Map<String, Object> details;

    public ApiException(int status, String message) {
        this(status, message, java.util.Map.of());
    }

    /** With extra fields for the JSON body (e.g. {@code part}, {@code status}, {@code retry_after_seconds}). */
    public ApiException(int status, String message, java.util.Map<String, Object> details) {
        super(message);
        this.status = status;
        this.details = details;
    }

    public int status() {
        return status;
    }

    /** Extra fields of the JSON error body (never patient data). */
    public java.util.Map<String, Object> details() {
        return details;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
