package org.derwent.synth.generate;

import java.util.Map;

/**
 * What a run produced.
 *
 * @param living   living registered patients written
 * @param deceased patients who died in the two years before the extract date
 * @param records  rows (CSV, by file name) and resources (FHIR, by file name) written
 * @param seconds  wall-clock seconds
 */
public record GenerationResult(long living, long deceased, Map<String, Long> records, double seconds) {
    public GenerationResult {
        records = Map.copyOf(records);
    }

    public long patients() {
        return living + deceased;
    }

    public double patientsPerSecond() {
        return seconds == 0 ? 0 : patients() / seconds;
    }
}
