package org.derwent.synth.record;

import org.derwent.synth.codes.Concept;
import org.derwent.synth.health.Register;
import org.derwent.synth.output.RecordSink;

/** Writes the diagnoses behind each register the patient is on, with their onset dates. */
final class ConditionHistory {
    private final ConditionCodes codes;

    ConditionHistory(ConditionCodes codes) {
        this.codes = codes;
    }

    void write(Person p, RecordSink sink) {
        for (Register r : Register.values()) {
            if (!p.has(r) || r == Register.OB) {
                continue;
            }
            Concept c = codes.of(r, p);
            int day = p.onset[r.ordinal()];
            sink.condition(p.pid, ++p.seqC, c.system(), c.pick(p.rng), day, RecordSink.NONE, p.orgAt(day));
        }
    }
}
