package org.derwent.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.derwent.server.testing.Client;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void analyst_reads_results() {
        Client c = Client.as("analyst");
        var r = c.json("/api/results?indicator=HYP_TTT&breakdown=practice");
        assertThat(r.size()).isGreaterThan(50);
        System.out.println(r.get(0));
        System.out.println(c.json("/api/series?indicator=HYP_TTT").toString().substring(0, 300));
        System.out.println(c.json("/api/overview?area_level=place&area=DERBY_CITY"));
    }
}
