package org.derwent.synth.record;

import org.derwent.model.extract.Setting;
import org.derwent.synth.codes.Concept;
import org.derwent.synth.codes.Hospital;
import org.derwent.synth.output.RecordSink;

/** An elective (waiting-list or booked) admission: its diagnosis, OPCS-4 procedure(s) and length of stay. */
final class ElectiveCare {
    private final Hospital hx;

    ElectiveCare(Hospital hx) {
        this.hx = hx;
    }

    void admit(Person p, RecordSink sink, String provider, int day) {
        int k = p.rng.nextInt(100);
        if (p.age < 55) {
            k = 45 + p.rng.nextInt(55);
        }
        Concept dx;
        Concept[] procs;
        int los;
        String specialty;
        if (k < 30) {
            dx = hx.cataract;
            procs = new Concept[] {hx.phaco, hx.lensImplant};
            los = 0;
            specialty = "ophthalmology";
        } else if (k < 38) {
            dx = hx.hipArthrosis;
            procs = new Concept[] {hx.hipReplacement};
            los = 2 + p.rng.nextInt(4);
            specialty = "trauma and orthopaedics";
        } else if (k < 46) {
            dx = hx.kneeArthrosis;
            procs = new Concept[] {hx.kneeReplacement};
            los = 2 + p.rng.nextInt(4);
            specialty = "trauma and orthopaedics";
        } else if (k < 64) {
            dx = hx.abdominalPain;
            procs = new Concept[] {hx.colonoscopy};
            los = 0;
            specialty = "gastroenterology";
        } else if (k < 78) {
            dx = hx.giBleed;
            procs = new Concept[] {hx.gastroscopy};
            los = 0;
            specialty = "gastroenterology";
        } else if (k < 86) {
            dx = hx.acuteMedical;
            procs = new Concept[] {hx.cystoscopy};
            los = 0;
            specialty = "urology";
        } else if (k < 94) {
            dx = hx.hernia;
            procs = new Concept[] {hx.herniaRepair};
            los = p.rng.nextInt(2);
            specialty = "general surgery";
        } else {
            dx = hx.gallstones;
            procs = new Concept[] {hx.cholecystectomy};
            los = p.rng.nextInt(2);
            specialty = "general surgery";
        }
        int end = Math.min(day + los, p.endDay);
        int enc = ++p.seqE;
        sink.encounter(p.pid, enc, Setting.ADMITTED, provider, day, end, p.rng.nextInt(3) == 0 ? "12" : "11", null, specialty);
        sink.diagnosis(p.pid, ++p.seqD, enc, 1, dx.system(), dx.first(), day);
        for (Concept c : procs) {
            sink.procedure(p.pid, ++p.seqX, enc, c.system(), c.first(), day, provider);
        }
    }
}
