package org.derwent.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.model.code.NhsNumber;

/** Writes a large synthetic NDJSON extract (patients and blood-pressure observations) for benchmarks and kill tests. */
public final class SyntheticNdjson {
    private SyntheticNdjson() {
    }

    /** Writes {@code patients} patients with {@code perPatient} observations each into {@code dir}. */
    public static long write(Path dir, int patients, int perPatient) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("Patient.ndjson"))) {
            for (int p = 0; p < patients; p++) {
                w.write("{\"resourceType\":\"Patient\",\"id\":\"p" + p + "\",\"identifier\":[{\"system\":"
                        + "\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"" + NhsNumber.synthetic(p + 2L)
                        + "\"}],\"gender\":\"" + (p % 2 == 0 ? "female" : "male") + "\",\"birthDate\":\""
                        + (1930 + p % 80) + "-0" + (1 + p % 9) + "-1" + (p % 9) + "\",\"generalPractitioner\":[{"
                        + "\"reference\":\"Organization/C81001\"}]}\n");
            }
        }
        long n = patients;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("Observation.ndjson"))) {
            for (int p = 0; p < patients; p++) {
                for (int i = 0; i < perPatient; i++) {
                    w.write("{\"resourceType\":\"Observation\",\"id\":\"o" + p + "-" + i + "\",\"status\":\"final\","
                            + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"72313002\"}]},"
                            + "\"subject\":{\"reference\":\"Patient/p" + p + "\"},\"effectiveDateTime\":\"2023-0"
                            + (1 + i % 9) + "-1" + (i % 9) + "T09:00:00Z\",\"valueQuantity\":{\"value\":" + (110 + (p + i) % 60)
                            + ",\"unit\":\"mm[Hg]\"}}\n");
                    n++;
                }
            }
        }
        return n;
    }
}
