package org.derwent.cli.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What each demo step's result depends on (docs/web.md, "Progressive demo"): the load on the population files
 * (names, sizes, modification times), the ICS configuration and the loader's code; the measures and their
 * series on that plus the measure definitions, the codelists and the measures code; risk on the measures'
 * fingerprint plus the risk code.
 */
record StepFingerprints(String load, String measures, String series, String risk) {

    static StepFingerprints of(Path home, Path population, Path config) {
        String load = new Fingerprint().text("load").stats(population).contents(config)
                .code(List.of("org/derwent/ingest/", "org/derwent/store/", "org/derwent/model/", "org/derwent/cli/ingest/"))
                .hex();
        String measures = new Fingerprint().text("measures").text(load).contents(home.resolve("measures"))
                .contents(home.resolve("reference").resolve("codelists"))
                .code(List.of("org/derwent/measures/", "org/derwent/cli/measures/")).hex();
        String risk = new Fingerprint().text("risk").text(measures)
                .code(List.of("org/derwent/risk/", "org/derwent/qrisk3/", "org/derwent/cli/risk/")).hex();
        return new StepFingerprints(load, measures, measures, risk);
    }

    String of(Step step) {
        return switch (step) {
            case LOAD -> load;
            case MEASURES -> measures;
            case SERIES -> series;
            case RISK -> risk;
        };
    }
}
