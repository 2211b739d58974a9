package org.derwent.server.status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One part's state: when computing, when it started and the expected duration (seconds, 0 = unknown), from
 * which the remaining time is estimated; when failed, the reason.
 */
public record PartStatus(Part part, State state, long startedNanos, double expectedSeconds, String message) {

    /** Seconds still expected (never below 5 while computing), or -1 when unknown or not computing. */
    public long remainingSeconds(long nowNanos) {
        if (state != State.COMPUTING || expectedSeconds <= 0) {
            return -1;
        }
        double left = expectedSeconds - (nowNanos - startedNanos) / 1e9;
        return Math.max(5, Math.round(left));
    }

    /** A sentence for pages and API errors, e.g. "SPC series being computed - ready in about 40 s". */
    public String sentence(long nowNanos) {
        String label = Character.toUpperCase(part.label().charAt(0)) + part.label().substring(1);
        return switch (state) {
            case READY -> label + " ready";
            case COMPUTING -> {
                long left = remainingSeconds(nowNanos);
                yield label + " being computed - " + (left < 0 ? "started " + Math.round((nowNanos - startedNanos) / 1e9)
                        + " s ago" : "ready in about " + left + " s");
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
