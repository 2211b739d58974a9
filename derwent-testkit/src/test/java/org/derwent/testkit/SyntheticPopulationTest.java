package org.derwent.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {
    @Test
    void small_population_is_written_once_as_csv_and_fhir() throws Exception {
        SyntheticPopulation pop = SyntheticPopulation.small();
        assertThat(SyntheticPopulation.small()).isSameAs(pop);
        assertThat(pop.result().living()).isGreaterThan(1_000);
        assertThat(Files.readAllLines(pop.csv().resolve("patients.csv"))).hasSize((int) pop.result().patients() + 1);
        assertThat(Files.size(pop.fhir().resolve("Patient.ndjson"))).isPositive();
        assertThat(pop.dir().resolve("manifest.json")).exists();
    }
}
