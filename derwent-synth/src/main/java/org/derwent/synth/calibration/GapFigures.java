package org.derwent.synth.calibration;

import static org.derwent.synth.health.Register.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.derwent.model.code.CodeSystem;
import org.derwent.synth.codes.CodelistLibrary;

/**
 * The plan's gaps as measured in an extract: hypertension treated to target, high-risk AF not anticoagulated,
 * undiagnosed raised blood pressure, the NDH (HbA1c 42-47) cohort, current smoking (overall, SMI, most deprived
 * quintile), polypharmacy at 65+, emergency admissions (rate, and 3+ in the last 90 days of life).
 */
final class GapFigures {
    private final ExtractTally.Patients pts;
    private final int extractDay;
    private final Set<String> systolic;
    private final Set<String> diastolic;
    private final Set<String> hba1c;
    private final Set<String> anticoagulants;
    private final Set<String> currentSmoker;
    private final Set<String> smokingStatus;
    private int[] bpDay;
    private short[] sbp;
    private short[] dbp;
    private int[] smokeDay;
    private boolean[] smokes;
    private int[] hba1cDay;
    private short[] hba1cValue;
    private boolean[] anticoagulated;
    private short[] recentMeds;
    private short[] eolAdmissions;
    private short[] yearAdmissions;
    private short[] priorAdmissions;
    private int medPatient = -1;
    private final Set<String> medCodes = new HashSet<>();

    long hypWithBp;
    long hypAtTarget;
    long afHighRisk;
    long afHighRiskNotAnticoagulated;
    long raisedBpUndiagnosed;
    long ndhCohort;
    long adults16;
    long smokers16;
    long smi;
    long smiSmokers;
    long q1Adults;
    long q1Smokers;
    long aged65;
    long polypharmacy10;
    long deceased;
    long eol3;
    long living;
    long emergencyYear;
    double auroc;

    GapFigures(CodelistLibrary lib, ExtractTally.Patients pts, int extractDay) {
        this.pts = pts;
        this.extractDay = extractDay;
        String pcd = "nhsd-primary-care-domain-refsets-";
        systolic = lib.get(pcd + "sysbp_cod.csv", CodeSystem.SNOMED).codes();
        diastolic = lib.get(pcd + "diabp_cod.csv", CodeSystem.SNOMED).codes();
        hba1c = lib.get("opensafely-glycated-haemoglobin-hba1c-tests-numerical-value.csv", CodeSystem.SNOMED).codes();
        anticoagulants = ExtractTally.codes(lib, CodeSystem.DMD,
                List.of("opensafely-direct-acting-oral-anticoagulants-doac.csv", "local/local-vka-warfarin-dmd.csv"));
        currentSmoker = new HashSet<>(lib.get(pcd + "lsmok_cod.csv", CodeSystem.SNOMED).codes());
        currentSmoker.add("77176002");
        smokingStatus = new HashSet<>(currentSmoker);
        smokingStatus.addAll(lib.get("local/local-smoking-status-snomed.csv", CodeSystem.SNOMED).codes());
        int n = pts.size;
        bpDay = new int[n];
        sbp = new short[n];
        dbp = new short[n];
        smokeDay = new int[n];
        smokes = new boolean[n];
        hba1cDay = new int[n];
        hba1cValue = new short[n];
        anticoagulated = new boolean[n];
        recentMeds = new short[n];
        eolAdmissions = new short[n];
        yearAdmissions = new short[n];
        priorAdmissions = new short[n];
        java.util.Arrays.fill(bpDay, Integer.MIN_VALUE);
        java.util.Arrays.fill(smokeDay, Integer.MIN_VALUE);
        java.util.Arrays.fill(hba1cDay, Integer.MIN_VALUE);
    }

    void observation(int p, CsvLines.Line l, int day) {
        String code = l.field(3);
        if (systolic.contains(code) && day >= bpDay[p]) {
            bpDay[p] = day;
            sbp[p] = (short) l.number(5);
        } else if (diastolic.contains(code) && day >= bpDay[p]) {
            dbp[p] = (short) l.number(5);
        } else if (hba1c.contains(code) && day >= hba1cDay[p]) {
            hba1cDay[p] = day;
            hba1cValue[p] = (short) l.number(5);
        } else if (smokingStatus.contains(code) && day >= smokeDay[p]) {
            smokeDay[p] = day;
            smokes[p] = currentSmoker.contains(code);
        }
    }

    void medication(int p, String code, int day) {
        if (anticoagulants.contains(code) && day > pts.end[p] - 183) {
            anticoagulated[p] = true;
        }
        if (p != medPatient) {
            medPatient = p;
            medCodes.clear();
        }
        if (day > pts.end[p] - 90 && medCodes.add(code)) {
            recentMeds[p]++;
        }
    }

    void emergency(int p, int day) {
        if (!pts.alive[p] && day > pts.end[p] - 90) {
            eolAdmissions[p]++;
        }
        if (pts.alive[p] && day > extractDay - 365) {
            yearAdmissions[p]++;
        } else if (pts.alive[p] && day > extractDay - 730) {
            priorAdmissions[p]++;
        }
    }

    void finish() {
        auroc = auroc();
        for (int p = 0; p < pts.size; p++) {
            if (!pts.alive[p]) {
                deceased++;
                eol3 += eolAdmissions[p] >= 3 ? 1 : 0;
                continue;
            }
            living++;
            emergencyYear += yearAdmissions[p];
            int m = pts.mask[p];
            int age = pts.age[p];
            boolean hasBp = bpDay[p] != Integer.MIN_VALUE;
            if (HYP.in(m) && age >= 18 && hasBp) {
                hypWithBp++;
                int target = age >= 80 ? 150 : 140;
                hypAtTarget += sbp[p] <= target && dbp[p] <= 90 ? 1 : 0;
            }
            if (!HYP.in(m) && age >= 18 && hasBp && (sbp[p] >= 140 || dbp[p] >= 90)) {
                raisedBpUndiagnosed++;
            }
            if (AF.in(m) && chadsVasc(m, age, pts.female[p]) >= 2) {
                afHighRisk++;
                afHighRiskNotAnticoagulated += anticoagulated[p] ? 0 : 1;
            }
            if (!DM.in(m) && age >= 18 && hba1cDay[p] != Integer.MIN_VALUE && hba1cValue[p] >= 42 && hba1cValue[p] <= 47) {
                ndhCohort++;
            }
            if (age >= 16) {
                adults16++;
                smokers16 += smokes[p] ? 1 : 0;
                if (MH.in(m)) {
                    smi++;
                    smiSmokers += smokes[p] ? 1 : 0;
                }
                if (pts.quintile[p] == 1) {
                    q1Adults++;
                    q1Smokers += smokes[p] ? 1 : 0;
                }
            }
            if (age >= 65) {
                aged65++;
                polypharmacy10 += recentMeds[p] >= 10 ? 1 : 0;
            }
        }
    }

    /**
     * AUROC of a simple risk score known a year before the extract (age, number of registers, emergency admissions
     * in the year before) for any emergency admission in the last 12 months, among the living: a check that the
     * data carries a signal a risk model can learn. Ties count one half (Mann-Whitney).
     */
    private double auroc() {
        int n = 0;
        for (int p = 0; p < pts.size; p++) {
            n += pts.alive[p] ? 1 : 0;
        }
        long[] keyed = new long[n];
        int k = 0;
        long positives = 0;
        for (int p = 0; p < pts.size; p++) {
            if (!pts.alive[p]) {
                continue;
            }
            double s = 0.03 * pts.age[p] + 0.3 * Integer.bitCount(pts.mask[p]) + 0.8 * Math.min(3, priorAdmissions[p]);
            boolean y = yearAdmissions[p] > 0;
            positives += y ? 1 : 0;
            keyed[k++] = ((long) Math.round(s * 1000) << 1) | (y ? 1 : 0);
        }
        java.util.Arrays.sort(keyed);
        double rankSum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            long score = keyed[i] >> 1;
            int pos = 0;
            while (j < n && (keyed[j] >> 1) == score) {
                pos += (int) (keyed[j] & 1);
                j++;
            }
            rankSum += pos * ((i + 1 + j) / 2.0);
            i = j;
        }
        long negatives = n - positives;
        return positives == 0 || negatives == 0 ? Double.NaN
                : (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    static int chadsVasc(int m, int age, boolean female) {
        return (HF.in(m) ? 1 : 0) + (HYP.in(m) ? 1 : 0) + (age >= 75 ? 2 : age >= 65 ? 1 : 0) + (DM.in(m) ? 1 : 0)
                + (STIA.in(m) ? 2 : 0) + (CHD.in(m) || PAD.in(m) ? 1 : 0) + (female ? 1 : 0);
    }
}
