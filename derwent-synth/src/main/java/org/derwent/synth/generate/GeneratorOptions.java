package org.derwent.synth.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.LongConsumer;
import org.derwent.model.footprint.Ics;

/**
 * One generation run.
 *
 * @param ics         the ICS footprint
 * @param codelists   directory of codelists (reference/codelists)
 * @param patients    living registered patients to generate across the ICS (practices get shares proportional to
 *                    their QOF list sizes); the deceased are extra
 * @param seed        run seed; same seed and options give byte-identical output
 * @param extractDate date the extract describes
 * @param format      outputs to write
 * @param out         output directory (created)
 * @param practices   ODS codes to generate, or empty for all (a practice's patients are identical either way)
 * @param threads     worker threads
 * @param progress    receives the number of patients finished so far
 */
public record GeneratorOptions(Ics ics, Path codelists, long patients, long seed, LocalDate extractDate, OutputFormat format,
                               Path out, Set<String> practices, int threads, LongConsumer progress) {
    public GeneratorOptions {
        practices = Set.copyOf(practices);
        if (patients < 0) {
            throw new IllegalArgumentException("--patients must be >= 0, got " + patients);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        for (String code : practices) {
            if (!ics.practicesByCode().containsKey(code)) {
                throw new IllegalArgumentException("practice " + code + " is not in ICS configuration " + ics.id());
            }
        }
    }

    /** Defaults: the full registered population, the configuration's reference date, CSV, all practices, 2 threads. */
    public static GeneratorOptions defaults(Ics ics, Path codelists, long seed, Path out) {
        return new GeneratorOptions(ics, codelists, ics.registeredPopulation(), seed, ics.referenceDate(), OutputFormat.CSV, out,
                Set.of(), 2, n -> { });
    }

    public GeneratorOptions withPatients(long n) {
        return new GeneratorOptions(ics, codelists, n, seed, extractDate, format, out, practices, threads, progress);
    }

    public GeneratorOptions withFormat(OutputFormat f) {
        return new GeneratorOptions(ics, codelists, patients, seed, extractDate, f, out, practices, threads, progress);
    }

    public GeneratorOptions withPractices(Set<String> codes) {
        return new GeneratorOptions(ics, codelists, patients, seed, extractDate, format, out, codes, threads, progress);
    }

    public GeneratorOptions withOut(Path dir) {
        return new GeneratorOptions(ics, codelists, patients, seed, extractDate, format, dir, practices, threads, progress);
    }

    public GeneratorOptions withProgress(LongConsumer listener) {
        return new GeneratorOptions(ics, codelists, patients, seed, extractDate, format, out, practices, threads, listener);
    }
}
