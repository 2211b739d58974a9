package org.derwent.synth.calibration;

import static org.derwent.model.extract.ExtractTable.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.footprint.AgeSexPopulation;
import org.derwent.model.footprint.Ics;
import org.derwent.synth.codes.CodelistLibrary;
import org.derwent.synth.health.Register;

/**
 * Reads a CSV extract and counts, per practice, what QOF counts: living registered patients, the age-threshold
 * denominators, and register members (unresolved diagnosis in the register's codelist, at an eligible age; OB =
 * BMI 30+ in the last 12 months). Also gathers the figures behind the plan's gaps (see {@link GapFigures}).
 */
public final class ExtractTally {
    static final int[] THRESHOLD_AGE = {6, 16, 17, 18, 50};
    final Map<String, Integer> practiceIndex = new HashMap<>();
    final int[] list;
    final int[][] over;
    final int[][] registers;
    final long[][] ageSex = new long[2][AgeSexPopulation.BANDS.length];
    final Patients pts = new Patients();
    final GapFigures gaps;
    final int extractDay;

    public ExtractTally(Ics ics, CodelistLibrary lib, Path dir, int extractDay) {
        this.extractDay = extractDay;
        for (int i = 0; i < ics.practices().size(); i++) {
            practiceIndex.put(ics.practices().get(i).code(), i);
        }
        int n = ics.practices().size();
        list = new int[n];
        over = new int[n][THRESHOLD_AGE.length];
        registers = new int[n][Register.values().length];
        pts.lsoaQuintile = new HashMap<>();
        ics.lsoas().forEach(x -> pts.lsoaQuintile.put(x.code(), x.imdQuintile()));
        CsvLines.read(dir.resolve(PATIENTS.fileName()), PATIENTS.columns(), l -> pts.add(l, practiceIndex, extractDay));
        Map<String, Integer> masks = RegisterCodelists.masks(lib);
        CsvLines.read(dir.resolve(CONDITIONS.fileName()), CONDITIONS.columns(), l -> {
            int p = pts.index(l.field(1));
            Integer m = masks.get(l.field(3));
            if (p >= 0 && m != null && l.isEmpty(5) && "snomed".equals(l.field(2))) {
                pts.mask[p] |= m;
            }
        });
        Set<String> bmi = lib.get("nhsd-primary-care-domain-refsets-bmival_cod.csv", CodeSystem.SNOMED).codes();
        gaps = new GapFigures(lib, pts, extractDay);
        CsvLines.read(dir.resolve(OBSERVATIONS.fileName()), OBSERVATIONS.columns(), l -> {
            int p = pts.index(l.field(1));
            if (p < 0) {
                return;
            }
            int day = l.day(4);
            if (bmi.contains(l.field(3)) && !l.isEmpty(5) && day > pts.end[p] - 365 && l.number(5) >= 30) {
                pts.mask[p] |= Register.OB.bit();
            }
            gaps.observation(p, l, day);
        });
        CsvLines.read(dir.resolve(MEDICATIONS.fileName()), MEDICATIONS.columns(), l -> {
            int p = pts.index(l.field(1));
            if (p >= 0) {
                gaps.medication(p, l.field(3), l.day(4));
            }
        });
        CsvLines.read(dir.resolve(ENCOUNTERS.fileName()), ENCOUNTERS.columns(), l -> {
            int p = pts.index(l.field(1));
            if (p >= 0 && "admitted".equals(l.field(2)) && l.field(6).startsWith("2")) {
                gaps.emergency(p, l.day(4));
            }
        });
        for (int p = 0; p < pts.size; p++) {
            if (!pts.alive[p] || pts.practice[p] < 0) {
                continue;
            }
            int pr = pts.practice[p];
            int age = pts.age[p];
            list[pr]++;
            for (int t = 0; t < THRESHOLD_AGE.length; t++) {
                if (age >= THRESHOLD_AGE[t]) {
                    over[pr][t]++;
                }
            }
            ageSex[pts.female[p] ? 0 : 1][AgeSexPopulation.bandOfAge(age)]++;
            for (Register r : Register.values()) {
                if (r.in(pts.mask[p]) && age >= r.minAge()) {
                    registers[pr][r.ordinal()]++;
                }
            }
        }
        gaps.finish();
    }

    /** Per-patient facts read from patients.csv, indexed densely. */
    static final class Patients {
        final Map<String, Integer> index = new HashMap<>();
        int size;
        int[] practice = new int[1 << 16];
        short[] age = new short[1 << 16];
        boolean[] female = new boolean[1 << 16];
        boolean[] alive = new boolean[1 << 16];
        int[] end = new int[1 << 16];
        int[] mask = new int[1 << 16];
        byte[] quintile = new byte[1 << 16];
        Map<String, Integer> lsoaQuintile = Map.of();

        void add(CsvLines.Line l, Map<String, Integer> practices, int extractDay) {
            if (size == practice.length) {
                int n = size * 2;
                practice = Arrays.copyOf(practice, n);
                age = Arrays.copyOf(age, n);
                female = Arrays.copyOf(female, n);
                alive = Arrays.copyOf(alive, n);
                end = Arrays.copyOf(end, n);
                mask = Arrays.copyOf(mask, n);
                quintile = Arrays.copyOf(quintile, n);
            }
            int i = size++;
            index.put(l.field(0), i);
            practice[i] = practices.getOrDefault(l.field(9), -1);
            int death = l.day(11);
            alive[i] = death < 0 || death > extractDay;
            end[i] = alive[i] ? extractDay : death;
            age[i] = (short) ageOn(l.day(4), end[i]);
            female[i] = "F".equals(l.field(5));
            quintile[i] = (byte) (int) lsoaQuintile.getOrDefault(l.field(8), 0);
        }

        int index(String pid) {
            Integer i = index.get(pid);
            return i == null ? -1 : i;
        }

        static int ageOn(int birthDay, int day) {
            java.time.LocalDate b = java.time.LocalDate.ofEpochDay(birthDay);
            java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
            return java.time.Period.between(b, d).getYears();
        }
    }

    /** Codes of a set of codelists (for the gap figures). */
    static Set<String> codes(CodelistLibrary lib, CodeSystem system, List<String> files) {
        Set<String> out = new HashSet<>();
        files.forEach(f -> out.addAll(lib.get(f, system).codes()));
        return out;
    }
}
