package org.derwent.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.derwent.model.extract.ExtractTable;
import org.derwent.model.footprint.FootprintLoader;
import org.derwent.model.footprint.Ics;
import org.derwent.synth.Fixtures;
import org.derwent.synth.calibration.CsvLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fictional second ICS generates with no code change: its practices, LSOAs and providers appear in the output. */
class NorthwoldGenerationTest {
    @Test
    void northwold_generates_patients_at_its_own_practices_and_providers(@TempDir Path tmp) throws Exception {
        Ics ics = FootprintLoader.load(Fixtures.NORTHWOLD);
        GenerationResult r = Generator.run(GeneratorOptions.defaults(ics, Fixtures.CODELISTS, 5, tmp).withPatients(10_100));
        assertThat(r.living()).isEqualTo(10_100);
        Map<String, Integer> perPractice = new HashMap<>();
        CsvLines.read(tmp.resolve("csv/patients.csv"), ExtractTable.PATIENTS.columns(), l -> {
            if (l.isEmpty(11)) {
                perPractice.merge(l.field(9), 1, Integer::sum);
            }
            assertThat(ics.lsoasByCode()).containsKey(l.field(8));
        });
        for (var p : ics.practices()) {
            double expected = 10_100.0 * p.listSize() / ics.registeredPopulation();
            assertThat(perPractice.get(p.code()).doubleValue()).as(p.code()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1.0));
        }
        String encounters = Files.readString(tmp.resolve("csv/encounters.csv"));
        assertThat(encounters).contains(",ZA1,").contains(",ZC1,").contains(",ZM1,");
        assertThat(Files.readString(tmp.resolve("manifest.json"))).contains("\"configId\" : \"northwold\"");
    }
}
