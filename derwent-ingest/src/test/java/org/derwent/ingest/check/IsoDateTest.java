package org.derwent.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast date reader accepts exactly the valid dates {@code LocalDate.parse} accepts, with the same value. */
class IsoDateTest {

    @Test
    void agrees_with_local_date_parse() {
        Random random = new Random(7);
        String alphabet = "0123456789-0123456789T/ ";
        for (int t = 0; t < 60_000; t++) {
            String text;
            if (t % 2 == 0) {
                text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
            } else {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 10; i++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text = b.toString();
            }
            LocalDate expected;
            try {
                expected = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                expected = null;
            }
            LocalDate fast = IsoDate.valid(text);
            if (fast != null) {
                assertThat(fast).as(text).isEqualTo(expected);
            } else {
                assertThat(expected).as(text).isNull();
            }
        }
    }

    @Test
    void leaves_impossible_days_to_the_full_parser() {
        assertThat(IsoDate.valid("2023-02-29")).isNull();
        assertThat(IsoDate.valid("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDate.valid("2023-04-31")).isNull();
        assertThat(IsoDate.valid("2023-13-01")).isNull();
    }
}
