package org.derwent.synth.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.ExtractTable;
import org.junit.jupiter.api.Test;

/** The absent-day marker is not a date a patient can have: epoch day -1 (1969-12-31) is written as a date. */
class AbsentDayTest {
    @Test
    void birth_and_registration_on_1969_12_31_are_written() {
        int day = (int) LocalDate.of(1969, 12, 31).toEpochDay();
        CsvSink sink = new CsvSink(1);
        sink.patient("p1", "9999999999", "Ann", "Smith", day, true, EthnicCategory.values()[0], "DE1 1AA", "E01000001",
                "C81001", day, RecordSink.NONE);
        sink.registration("p1", "C81001", day, RecordSink.NONE);
        assertThat(text(sink, ExtractTable.PATIENTS)).contains(",1969-12-31,").doesNotContain(",,F,");
        assertThat(text(sink, ExtractTable.REGISTRATIONS)).isEqualTo("p1,C81001,1969-12-31,\n");
    }

    private static String text(CsvSink sink, ExtractTable t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            sink.buffer(t).writeTo(out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
