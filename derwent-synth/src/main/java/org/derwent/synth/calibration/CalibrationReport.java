package org.derwent.synth.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.derwent.model.footprint.AgeSexPopulation;
import org.derwent.model.footprint.Ics;
import org.derwent.model.footprint.Lsoa;
import org.derwent.model.footprint.Practice;
import org.derwent.model.footprint.QofRegister;
import org.derwent.synth.codes.CodelistLibrary;
import org.derwent.synth.generate.Manifest;
import org.derwent.synth.health.Register;

/**
 * The calibration report (Markdown): generated vs reference per practice and register (prevalence, age-threshold
 * structure, list size) with correlations across practices and the worst deviations, the ICS age-sex structure
 * against ONS, and the plan's gap figures. Practices with no generated patients are left out.
 */
public final class CalibrationReport {
    static final String[] THRESHOLDS = {"06OV", "16OV", "17OV", "18OV", "50OV"};

    private CalibrationReport() {
    }

    /**
     * Reads the CSV extract in {@code dir} (a generator output directory, whose tables are in {@code dir/csv}, or the
     * CSV directory itself) and writes the report to {@code file}.
     */
    public static void write(Ics ics, Path codelists, Path dir, Path file) {
        Path csvDir = Files.isRegularFile(dir.resolve("csv").resolve("patients.csv")) ? dir.resolve("csv") : dir;
        Path parent = csvDir.toAbsolutePath().getParent();
        Path manifestDir = Files.exists(dir.resolve(Manifest.FILE)) ? dir
                : parent != null && Files.exists(parent.resolve(Manifest.FILE)) ? parent : null;
        LocalDate extract = manifestDir != null ? LocalDate.parse(Manifest.read(manifestDir).path("extractDate").asText())
                : ics.referenceDate();
        ExtractTally t = new ExtractTally(ics, new CodelistLibrary(codelists), csvDir, (int) extract.toEpochDay());
        String md = render(ics, t, extract);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file, e);
        }
    }

    static String render(Ics ics, ExtractTally t, LocalDate extract) {
        StringBuilder b = new StringBuilder();
        List<Practice> practices = new ArrayList<>();
        for (Practice p : ics.practices()) {
            if (t.list[t.practiceIndex.get(p.code())] > 0) {
                practices.add(p);
            }
        }
        long generated = practices.stream().mapToLong(p -> t.list[t.practiceIndex.get(p.code())]).sum();
        long reference = practices.stream().mapToLong(Practice::listSize).sum();
        double scale = reference == 0 ? 0 : (double) generated / reference;
        b.append("# Calibration report: ").append(ics.id()).append("\n\n");
        f(b, "Extract date %s. %d practices with patients; %,d living registered patients generated against a reference list of %,d "
                + "(scale %.4f). Reference: QOF 2022-23 registers and list sizes, ONS mid-year LSOA estimates (from the configuration).%n%n",
                extract, practices.size(), generated, reference, scale);
        listSizes(b, t, practices, scale);
        thresholds(b, t, practices);
        List<String[]> worst = registers(b, t, practices);
        worst(b, worst);
        ageSex(b, ics, t);
        gaps(b, t.gaps, scale);
        return b.toString();
    }

    private static void listSizes(StringBuilder b, ExtractTally t, List<Practice> ps, double scale) {
        double[] ref = new double[ps.size()];
        double[] gen = new double[ps.size()];
        double worst = 0;
        String worstCode = "none";
        for (int i = 0; i < ps.size(); i++) {
            ref[i] = ps.get(i).listSize() * scale;
            gen[i] = t.list[t.practiceIndex.get(ps.get(i).code())];
            double d = Math.abs(Stats.relative(gen[i], ref[i]));
            if (d > worst) {
                worst = d;
                worstCode = ps.get(i).code();
            }
        }
        b.append("## List sizes\n\n");
        f(b, "Correlation of generated with scaled QOF list sizes across practices: r = %.5f. Largest deviation %.2f%% (%s).%n%n",
                Stats.pearson(ref, gen), 100 * worst, worstCode);
    }

    private static void thresholds(StringBuilder b, ExtractTally t, List<Practice> ps) {
        b.append("## Age structure (QOF age-threshold denominators as a share of the list)\n\n");
        b.append("| list type | r across practices | mean abs. deviation | largest deviation (practice) |\n|---|---|---|---|\n");
        for (int k = 0; k < THRESHOLDS.length; k++) {
            List<double[]> pairs = new ArrayList<>();
            double worst = 0;
            String code = "none";
            for (Practice p : ps) {
                Integer ref = p.ageThresholds().get(THRESHOLDS[k]);
                int idx = t.practiceIndex.get(p.code());
                if (ref == null) {
                    continue;
                }
                double r = (double) ref / p.listSize();
                double g = (double) t.over[idx][k] / t.list[idx];
                pairs.add(new double[] {r, g});
                double d = Math.abs(Stats.relative(g, r));
                if (d > worst) {
                    worst = d;
                    code = p.code();
                }
            }
            double[] x = pairs.stream().mapToDouble(a -> a[0]).toArray();
            double[] y = pairs.stream().mapToDouble(a -> a[1]).toArray();
            double mad = pairs.stream().mapToDouble(a -> Math.abs(Stats.relative(a[1], a[0]))).average().orElse(0);
            f(b, "| %s | %.4f | %.2f%% | %.2f%% (%s) |%n", THRESHOLDS[k], Stats.pearson(x, y), 100 * mad, 100 * worst, code);
        }
        b.append('\n');
    }

    private static List<String[]> registers(StringBuilder b, ExtractTally t, List<Practice> ps) {
        b.append("## Registers (prevalence = register / QOF denominator of the register's list type)\n\n");
        b.append("| register | reference prevalence | generated prevalence | r across practices | mean abs. relative deviation |\n");
        b.append("|---|---|---|---|---|\n");
        List<String[]> deviations = new ArrayList<>();
        for (Register r : Register.values()) {
            List<double[]> pairs = new ArrayList<>();
            long refCount = 0;
            long refDen = 0;
            long genCount = 0;
            long genDen = 0;
            for (Practice p : ps) {
                QofRegister q = p.registers().get(r.name());
                if (q == null || q.denominator() == 0) {
                    continue;
                }
                int idx = t.practiceIndex.get(p.code());
                int den = denominator(t, idx, q.listType());
                int count = t.registers[idx][r.ordinal()];
                double gp = den == 0 ? 0 : (double) count / den;
                pairs.add(new double[] {q.prevalence(), gp});
                refCount += q.count();
                refDen += q.denominator();
                genCount += count;
                genDen += den;
                double expected = q.prevalence() * den;
                if (q.prevalence() > 0.01 && expected >= 1) {
                    deviations.add(new String[] {p.code(), r.name(), fmt("%.2f", expected), Integer.toString(count),
                        fmt("%+.1f%%", 100 * Stats.relative(count, expected))});
                }
            }
            double[] x = pairs.stream().mapToDouble(a -> a[0]).toArray();
            double[] y = pairs.stream().mapToDouble(a -> a[1]).toArray();
            double mad = pairs.stream().filter(a -> a[0] > 0).mapToDouble(a -> Math.abs(Stats.relative(a[1], a[0]))).average().orElse(0);
            f(b, "| %s | %.2f%% | %.2f%% | %.4f | %.2f%% |%n", r.name(), 100.0 * refCount / Math.max(1, refDen),
                    100.0 * genCount / Math.max(1, genDen), Stats.pearson(x, y), 100 * mad);
        }
        b.append('\n');
        return deviations;
    }

    private static int denominator(ExtractTally t, int idx, String listType) {
        for (int k = 0; k < THRESHOLDS.length; k++) {
            if (THRESHOLDS[k].equals(listType)) {
                return t.over[idx][k];
            }
        }
        return t.list[idx];
    }

    private static void worst(StringBuilder b, List<String[]> d) {
        d.sort(Comparator.comparingDouble((String[] a) -> -Math.abs(Double.parseDouble(a[4].replace("%", "").replace("+", "")))));
        b.append("## Worst register deviations (registers above 1% prevalence)\n\n");
        b.append("| practice | register | expected (reference prevalence x generated denominator) | generated | deviation |\n|---|---|---|---|---|\n");
        for (String[] a : d.subList(0, Math.min(15, d.size()))) {
            b.append("| ").append(String.join(" | ", a)).append(" |\n");
        }
        long within = d.stream().filter(a -> Math.abs(Double.parseDouble(a[4].replace("%", "").replace("+", ""))) <= 10).count();
        f(b, "%n%d of %d practice-register pairs above 1%% prevalence are within 10%%.%n%n", within, d.size());
    }

    private static void ageSex(StringBuilder b, Ics ics, ExtractTally t) {
        long[][] ons = new long[2][AgeSexPopulation.BANDS.length];
        for (Lsoa l : ics.lsoas()) {
            for (int k = 0; k < AgeSexPopulation.BANDS.length; k++) {
                ons[0][k] += l.population().female(k);
                ons[1][k] += l.population().male(k);
            }
        }
        double onsTotal = 0;
        double genTotal = 0;
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < AgeSexPopulation.BANDS.length; k++) {
                onsTotal += ons[s][k];
                genTotal += t.ageSex[s][k];
            }
        }
        b.append("## ICS age-sex structure: generated registered list vs ONS resident population\n\n");
        b.append("| band | female ONS | female generated | male ONS | male generated |\n|---|---|---|---|---|\n");
        double[] x = new double[2 * AgeSexPopulation.BANDS.length];
        double[] y = new double[x.length];
        for (int k = 0; k < AgeSexPopulation.BANDS.length; k++) {
            f(b, "| %s | %.2f%% | %.2f%% | %.2f%% | %.2f%% |%n", AgeSexPopulation.BANDS[k], 100 * ons[0][k] / onsTotal,
                    100 * t.ageSex[0][k] / Math.max(1, genTotal), 100 * ons[1][k] / onsTotal, 100 * t.ageSex[1][k] / Math.max(1, genTotal));
            x[2 * k] = ons[0][k] / onsTotal;
            x[2 * k + 1] = ons[1][k] / onsTotal;
            y[2 * k] = t.ageSex[0][k] / Math.max(1, genTotal);
            y[2 * k + 1] = t.ageSex[1][k] / Math.max(1, genTotal);
        }
        f(b, "%nCorrelation of the 38 age-sex shares: r = %.4f. (Registered lists exceed resident populations and differ in age "
                + "structure; QOF age thresholds take precedence.)%n%n", Stats.pearson(x, y));
    }

    private static void gaps(StringBuilder b, GapFigures g, double scale) {
        double up = scale == 0 ? 0 : 1 / scale;
        b.append("## The plan's gaps, as generated (and scaled to the full reference population)\n\n");
        b.append("| figure | generated | at full scale |\n|---|---|---|\n");
        f(b, "| hypertension register with last BP at target (140/90; 150/90 at 80+) | %.1f%% of %,d with a reading | |%n",
                pct(g.hypAtTarget, g.hypWithBp), g.hypWithBp);
        f(b, "| AF with CHA2DS2-VASc >= 2 not anticoagulated (no DOAC/warfarin issue in 6 months) | %,d of %,d | %,.0f |%n",
                g.afHighRiskNotAnticoagulated, g.afHighRisk, g.afHighRiskNotAnticoagulated * up);
        f(b, "| adults with last BP >= 140/90 and no hypertension diagnosis | %,d | %,.0f |%n", g.raisedBpUndiagnosed, g.raisedBpUndiagnosed * up);
        f(b, "| adults without diabetes whose last HbA1c is 42-47 mmol/mol | %,d | %,.0f |%n", g.ndhCohort, g.ndhCohort * up);
        f(b, "| current smokers (16+, last status) | %.1f%% | |%n", pct(g.smokers16, g.adults16));
        f(b, "| current smokers on the SMI (MH) register | %.1f%% | |%n", pct(g.smiSmokers, g.smi));
        f(b, "| current smokers in the most deprived IMD quintile | %.1f%% | |%n", pct(g.q1Smokers, g.q1Adults));
        f(b, "| aged 65+ with >= 10 different medicines issued in 90 days | %,d (%.1f%%) | %,.0f |%n", g.polypharmacy10,
                pct(g.polypharmacy10, g.aged65), g.polypharmacy10 * up);
        f(b, "| emergency admissions in the last 12 months per 1,000 living | %.1f | |%n", 1000.0 * g.emergencyYear / Math.max(1, g.living));
        f(b, "| AUROC for any emergency admission in the last 12 months, from age, registers and admissions the year before | %.3f | |%n", g.auroc);
        f(b, "| deceased with >= 3 emergency admissions in the last 90 days of life | %,d of %,d | |%n", g.eol3, g.deceased);
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }

    private static void f(StringBuilder b, String f, Object... args) {
        b.append(String.format(Locale.ROOT, f, args));
    }

    static Set<String> thresholdNames() {
        return Set.of(THRESHOLDS);
    }
}
