package org.derwent.synth.generate;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.derwent.model.footprint.Lsoa;
import org.derwent.model.footprint.Practice;
import org.derwent.model.footprint.QofRegister;
import org.derwent.synth.Seeds;
import org.derwent.synth.Selection;
import org.derwent.synth.demography.Residence;
import org.derwent.synth.health.Cohort;
import org.derwent.synth.health.CohortBuilder;
import org.derwent.synth.health.Register;
import org.derwent.synth.health.RegisterCalibrator;
import org.derwent.synth.output.CsvSink;
import org.derwent.synth.output.FhirSink;
import org.derwent.synth.output.RecordSink;
import org.derwent.synth.record.PatientRecords;
import org.derwent.synth.record.PracticeContext;

/**
 * Generates one practice: its cohort, register calibration, the undiagnosed raised-BP cohort, the deceased, and
 * then every patient's records into in-memory buffers that are written out in practice order.
 */
final class PracticeTask implements Callable<PracticeTask.Chunk> {
    /** Share of adults not on the hypertension register whose last blood pressure is raised (about 76,000 in Derbyshire). */
    static final double RAISED_BP_SHARE = 0.105;
    static final long RAISED_BP_STREAM = 12;

    /** The buffered output of a practice. */
    record Chunk(Allocation.Share share, CsvSink csv, FhirSink fhir, int patients) {
    }

    private final Generator.Run run;
    private final Allocation.Share share;
    private final LongConsumer progress;

    PracticeTask(Generator.Run run, Allocation.Share share, LongConsumer progress) {
        this.run = run;
        this.share = share;
        this.progress = progress;
    }

    @Override
    public Chunk call() {
        Practice practice = share.practice();
        List<Lsoa> lsoas = run.districtLsoas(practice.districtCode());
        Residence residence = new Residence(practice, lsoas);
        CohortBuilder builder = new CohortBuilder(run.seed(), run.allocation().district(practice.districtCode()), residence, lsoas);
        Cohort living = builder.living(share.ordinal(), share.segments(), share.livingFirst());
        RegisterCalibrator calibrator = new RegisterCalibrator(run.seed());
        calibrator.assign(living, targets(practice, living.size));
        boolean[] raised = raisedBp(living);
        Cohort deceased = builder.deceased(living, share.deceased(), share.deceasedFirst(), run.extractDay(), calibrator);
        int patients = living.size + deceased.size;
        CsvSink csv = run.format().csv() ? new CsvSink(patients) : null;
        FhirSink fhir = run.format().fhir() ? new FhirSink(patients) : null;
        RecordSink sink = csv != null && fhir != null ? new TeeSink(csv, fhir) : csv != null ? csv : fhir;
        PracticeContext ctx = run.context(practice);
        PatientRecords records = run.records();
        for (int i = 0; i < living.size; i++) {
            records.write(ctx, living, i, raised[i], sink);
            if ((i & 1023) == 1023) {
                progress.accept(1024);
            }
        }
        progress.accept(living.size & 1023);
        for (int i = 0; i < deceased.size; i++) {
            records.write(ctx, deceased, i, false, sink);
        }
        return new Chunk(share, csv, fhir, living.size + deceased.size);
    }

    /** QOF register counts scaled to the number of living patients generated for the practice. */
    static int[] targets(Practice practice, int generated) {
        int[] t = new int[Register.values().length];
        double scale = practice.listSize() == 0 ? 0 : (double) generated / practice.listSize();
        for (Register r : Register.values()) {
            QofRegister q = practice.registers().get(r.name());
            t[r.ordinal()] = q == null ? 0 : (int) Math.round(q.count() * scale);
        }
        return t;
    }

    /** The adults off the hypertension register with the highest raised-BP scores, {@link #RAISED_BP_SHARE} of them. */
    private boolean[] raisedBp(Cohort c) {
        boolean[] out = new boolean[c.size];
        double[] score = new double[c.size];
        int n = 0;
        for (int i = 0; i < c.size; i++) {
            if (c.age[i] >= 18 && !Register.HYP.in(c.registers[i])) {
                score[i] = 0.04 * (c.age[i] - 50) + 0.3 * c.latent[i] + 0.1 * (c.imd[i] - 20) / 10
                        + Seeds.logistic(run.seed(), RAISED_BP_STREAM, c.index(i));
                n++;
            } else {
                score[i] = Double.NaN;
            }
        }
        int k = (int) Math.round(RAISED_BP_SHARE * n);
        if (k == 0) {
            return out;
        }
        double[] eligible = Arrays.stream(score).filter(s -> !Double.isNaN(s)).toArray();
        double threshold = Selection.kthLargest(eligible, k);
        for (int i = 0; i < c.size; i++) {
            out[i] = !Double.isNaN(score[i]) && score[i] >= threshold;
        }
        return out;
    }
}
