package org.derwent.server.status;

/** A part of the store that may be computed after the server starts (docs/api.md, "Parts being computed"). */
public enum Part {
    /** The 24-month monthly series behind the SPC charts ({@code measure_series}). */
    SERIES("series", "SPC series"),
    /** Risk scores, segments and risk case lists ({@code risk_score} and risk's indicators). */
    RISK("risk", "risk scores");

    private final String id;
    private final String label;

    Part(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
