package org.derwent.cli.demo;

import java.util.List;

/** The demo's store steps, in order; each lists the later steps whose results it invalidates. */
enum Step {
    LOAD("load"),
    MEASURES("measures"),
    SERIES("series"),
    RISK("risk");

    private final String id;

    Step(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /**
     * This step and the steps to redo when it is redone: everything after a load; the series and risk after the
     * current-period measures (which rewrite the catalogue and the period's results, risk's rows included).
     */
    List<Step> withDependents() {
        return switch (this) {
            case LOAD -> List.of(LOAD, MEASURES, SERIES, RISK);
            case MEASURES -> List.of(MEASURES, SERIES, RISK);
            case SERIES -> List.of(SERIES);
            case RISK -> List.of(RISK);
        };
    }
}
