package org.derwent.ingest.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plausible range for observation values coded by a reference codelist (a CSV with a {@code code} column in
 * reference/codelists): systolic BP 50-300 mmHg, diastolic 20-200 mmHg, BMI 10-90 kg/m2, HbA1c 15-200 mmol/mol.
 */
public record Plausibility(String measure, String codelist, String unit, double low, double high) {

    public static final List<Plausibility> RANGES = List.of(
            new Plausibility("systolic blood pressure", "nhsd-primary-care-domain-refsets-sysbp_cod.csv", "mmHg", 50, 300),
            new Plausibility("diastolic blood pressure", "nhsd-primary-care-domain-refsets-diabp_cod.csv", "mmHg", 20, 200),
            new Plausibility("body mass index", "nhsd-primary-care-domain-refsets-bmival_cod.csv", "kg/m2", 10, 90),
            new Plausibility("HbA1c (IFCC)", "nhsd-primary-care-domain-refsets-ifcchbam_cod.csv", "mmol/mol", 15, 200));

    /** The codes of the codelist in {@code dir} (first column of each data row). */
    public List<String> codes(Path dir) {
        Path f = dir.resolve(codelist);
        try {
            List<String> lines = Files.readAllLines(f);
            List<String> out = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                int comma = line.indexOf(',');
                String code = (comma < 0 ? line : line.substring(0, comma)).trim();
                if (!code.isEmpty()) {
                    out.add(code);
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read codelist " + f + ": " + e.getMessage(), e);
        }
    }
}
