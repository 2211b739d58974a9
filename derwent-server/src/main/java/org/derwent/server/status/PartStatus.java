package org.derwent.server.status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One part's state: when computing, when it started and the expected duration (seconds, 0 = unknown), from
 * which the remaining time is estimated; when failed, the reason.
 */
public record PartStatus(Part part, State state, long startedNanos, double expectedSeconds, String message) {

    /** Seconds to wait before asking again: the time still expected, 30 once the estimate is overrun, -1 when unknown. */
    public long remainingSeconds(long nowNanos) {
        if (state != State.COMPUTING || expectedSeconds <= 0) {
            return -1;
        }
        double left = expectedSeconds - (nowNanos - startedNanos) / 1e9;
        return left < 5 ? (overdue(nowNanos) ? 30 : 5) : Math.round(left);
    }

    private boolean overdue(long nowNanos) {
        return expectedSeconds > 0 && (nowNanos - startedNanos) / 1e9 > expectedSeconds;
    }

    /** A sentence for pages and API errors, e.g. "SPC series being computed - ready in about 40 s". */
    public String sentence(long nowNanos) {
        String label = Character.toUpperCase(part.label().charAt(0)) + part.label().substring(1);
        return switch (state) {
            case READY -> label + " ready";
            case COMPUTING -> {
                long left = remainingSeconds(nowNanos);
                long ran = Math.round((nowNanos - startedNanos) / 1e9);
                yield label + " being computed - " + (left < 0 ? "started " + ran + " s ago"
                        : overdue(nowNanos) ? "running for " + ran + " s, longer than the " + Math.round(expectedSeconds)
                                + " s expected" : "ready in about " + left + " s");
            }
            case MISSING -> label + " not in the store (" + message + ")";
            case FAILED -> label + " could not be computed: " + message;
        };
    }

    /** The JSON form used by {@code GET /api/status} and 503 answers. */
    public Map<String, Object> json(long nowNanos) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", part.id());
        m.put("status", state.id());
        long left = remainingSeconds(nowNanos);
        m.put("retry_after_seconds", left < 0 ? null : left);
        m.put("message", sentence(nowNanos));
        return m;
    }
}
