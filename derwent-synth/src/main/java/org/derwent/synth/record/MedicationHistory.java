package org.derwent.synth.record;

import org.derwent.synth.codes.Concept;
import org.derwent.synth.output.RecordSink;

/**
 * Writes the issue history of each repeat medicine over the 30 months before the extract date (or death): a first
 * acute 28-day issue when the medicine was started within that time, then 56-day repeat issues.
 */
final class MedicationHistory {
    /** Thirty months: the 6-month medicine features of a cohort indexed two years before the extract date. */
    static final int HISTORY_DAYS = 913;
    static final int REPEAT_DAYS = 56;

    void write(Person p, RecordSink sink) {
        int from = p.since(p.endDay - HISTORY_DAYS);
        for (int t = 0; t < p.therapies; t++) {
            Concept c = p.therapy[t];
            String code = c.pick(p.rng);
            int day = p.therapyStart[t];
            if (day >= from) {
                sink.medication(p.pid, ++p.seqM, c.system(), code, day, 28, 28, false, p.orgAt(day));
                day += 28;
            } else {
                day = from + p.rng.nextInt(REPEAT_DAYS);
            }
            for (; day < p.endDay; day += REPEAT_DAYS) {
                sink.medication(p.pid, ++p.seqM, c.system(), code, day, REPEAT_DAYS, REPEAT_DAYS, true, p.orgAt(day));
            }
        }
    }
}
