package org.derwent.model.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A second, fictional ICS loads from its own directory with no code change. */
class NorthwoldConfigTest {
    static final Path DIR = Path.of("..", "config", "examples", "northwold");

    @Test
    void fictional_northwold_config_loads_with_its_own_footprint() {
        Ics ics = FootprintLoader.load(DIR);
        assertThat(ics.id()).isEqualTo("northwold");
        assertThat(ics.districts()).hasSize(3);
        assertThat(ics.places()).hasSize(2);
        assertThat(ics.icps()).hasSize(2);
        assertThat(ics.pcns()).hasSize(3);
        assertThat(ics.practices()).hasSize(6);
        assertThat(ics.lsoas()).hasSize(24);
        assertThat(ics.registeredPopulation()).isEqualTo(50_500L);
        Practice riverside = ics.practicesByCode().get("Z00001");
        assertThat(riverside.denominator("18OV")).isEqualTo(9894);
        assertThat(riverside.registers()).hasSize(21).containsKey("HYP");
        assertThat(riverside.imdScore()).hasValue(34.0);
        assertThat(ics.placeOfDistrict("X07000002").orElseThrow().code()).isEqualTo("NW_COUNTY");
        assertThat(ics.icpOfDistrict("X06000001").orElseThrow().name()).isEqualTo("Northwold City");
        assertThat(ics.lsoas()).allSatisfy(l -> assertThat(l.population().total()).isPositive());
        assertThat(ics.catchment()).extracting(ProviderCatchment::providerCode).containsOnly("ZA1", "ZA2");
    }
}
