package org.derwent.server.http;

/**
 * The one exception an HTTP handler throws to answer with an error status; the message names the bad value
 * and where it was (parameter, path). Mapped to JSON (API) or a page (HTML) in one place, {@link Errors}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
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
