package org.derwent.synth.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.derwent.model.footprint.Ics;
import org.derwent.model.footprint.Lsoa;
import org.derwent.model.footprint.Practice;
import org.derwent.synth.codes.Catalogue;
import org.derwent.synth.codes.CodelistLibrary;
import org.derwent.synth.record.ConditionCodes;
import org.derwent.synth.record.PatientRecords;
import org.derwent.synth.record.PracticeContext;
import org.derwent.synth.record.PracticeTeams;
import org.derwent.synth.record.Providers;

/**
 * Generates a synthetic population for an ICS. Practices are generated in parallel (one task each) and written
 * strictly in configuration order, so the output is byte-identical for the same options whatever the thread
 * count. At most {@code threads + 1} practices are held in memory at once.
 */
public final class Generator {
    private Generator() {
    }

    public static GenerationResult run(GeneratorOptions o) {
        long started = System.nanoTime();
        Run run = new Run(o);
        List<Allocation.Share> shares = run.allocation.shares().stream()
                .filter(s -> o.practices().isEmpty() || o.practices().contains(s.practice().code())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "derwent-generate");
            t.setDaemon(true);
            return t;
        });
        OutputFiles files = new OutputFiles(o.out(), o.format());
        try {
            files.writeOrganizations(o.ics(), run.providers);
            Deque<Future<PracticeTask.Chunk>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < shares.size() || !inFlight.isEmpty()) {
                while (next < shares.size() && inFlight.size() <= o.threads()) {
                    inFlight.add(pool.submit(new PracticeTask(run, shares.get(next++), o.progress())));
                }
                files.write(inFlight.removeFirst().get());
            }
            files.close();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation interrupted", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        GenerationResult result = new GenerationResult(files.livingPatients(), files.deceasedPatients(), files.counts(), seconds);
        Manifest.write(o, result);
        return result;
    }

    /** Everything shared by the practice tasks of one run (immutable after construction). */
    static final class Run {
        private final GeneratorOptions options;
        private final Allocation allocation;
        private final Catalogue catalogue;
        private final ConditionCodes conditionCodes;
        private final Providers providers;
        private final PracticeTeams teams;
        private final Map<String, List<Lsoa>> lsoasByDistrict = new HashMap<>();
        private final Map<String, List<String>> practicesByDistrict = new HashMap<>();
        private final int extractDay;

        Run(GeneratorOptions o) {
            this.options = o;
            Ics ics = o.ics();
            this.allocation = new Allocation(ics, o.patients());
            this.catalogue = new Catalogue(new CodelistLibrary(o.codelists()));
            this.conditionCodes = new ConditionCodes(catalogue);
            this.providers = new Providers(ics);
            this.teams = new PracticeTeams(ics.practices());
            this.extractDay = (int) o.extractDate().toEpochDay();
            ics.lsoas().forEach(l -> lsoasByDistrict.computeIfAbsent(l.districtCode(), k -> new ArrayList<>()).add(l));
            ics.practices().forEach(p -> practicesByDistrict.computeIfAbsent(p.districtCode(), k -> new ArrayList<>()).add(p.code()));
        }

        long seed() {
            return options.seed();
        }

        int extractDay() {
            return extractDay;
        }

        OutputFormat format() {
            return options.format();
        }

        Allocation allocation() {
            return allocation;
        }

        List<Lsoa> districtLsoas(String district) {
            List<Lsoa> l = lsoasByDistrict.get(district);
            if (l == null) {
                throw new IllegalArgumentException("district " + district + " has no LSOAs in ICS " + options.ics().id());
            }
            return l;
        }

        PracticeContext context(Practice p) {
            List<String> sources = new ArrayList<>(practicesByDistrict.get(p.districtCode()));
            sources.remove(p.code());
            if (sources.isEmpty()) {
                options.ics().practices().stream().map(Practice::code).filter(c -> !c.equals(p.code())).forEach(sources::add);
            }
            return new PracticeContext(p, districtLsoas(p.districtCode()), sources, PracticeContext.outward(p.postcode()));
        }

        /** A fresh record writer (each task needs its own: the writer keeps per-patient state). */
        PatientRecords records() {
            return new PatientRecords(options.seed(), extractDay, catalogue, conditionCodes, providers, teams);
        }
    }
}
