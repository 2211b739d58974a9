package org.derwent.model.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DerbyshireConfigTest {
    static final Path DIR = Path.of("..", "config", "derby-derbyshire");

    @Test
    void derby_and_derbyshire_config_has_the_real_footprint() {
        Ics ics = FootprintLoader.load(DIR);
        assertThat(ics.icb().code()).isEqualTo("QJ2");
        assertThat(ics.practices()).hasSize(114);
        assertThat(ics.pcns()).hasSize(17);
        assertThat(ics.lsoas()).hasSize(642);
        assertThat(ics.places()).hasSize(2);
        assertThat(ics.icps()).hasSize(4);
        assertThat(ics.districts()).hasSize(9);
        assertThat(ics.registeredPopulation()).isEqualTo(1_120_369L);
        assertThat(ics.lsoas().stream().mapToInt(l -> l.population().total()).sum()).isEqualTo(1_059_996);
        assertThat(ics.practicesByCode().get("C81001").registers().get("HYP").count()).isPositive();
        assertThat(ics.placeOfDistrict("E06000015").orElseThrow().name()).isEqualTo("Derby City");
        assertThat(ics.providers()).extracting(Provider::code).contains("RTG", "RFS", "RY8", "RXM", "RX9");
    }
}
