package org.derwent.measures.stats.csv;

import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;

/** The methods of {@code derwent stats}, each reading a CSV table and producing one (docs/methods.md). */
public enum StatsMethod {
    /** Proportions with Wilson score limits. */
    WILSON(WilsonCsv::run),
    /** Crude rates with Byar or exact Poisson limits. */
    RATE(RateCsv::run),
    /** ESP2013 directly standardised rates with Dobson limits. */
    DSR(DsrCsv::run),
    /** Funnel plot limits and outlier flags. */
    FUNNEL(FunnelCsv::run),
    /** Making Data Count XmR charts. */
    SPC(SpcCsv::run),
    /** Slope and relative index of inequality. */
    SII(SiiCsv::run),
    /** Disclosure control: suppression, rounding and secondary suppression. */
    SUPPRESS(SuppressCsv::run);

    private final BiFunction<CsvInput, StatsOptions, CsvOutput> runner;

    StatsMethod(BiFunction<CsvInput, StatsOptions, CsvOutput> runner) {
        this.runner = runner;
    }

    /** Applies this method to {@code input}. */
    public CsvOutput run(CsvInput input, StatsOptions options) {
        return runner.apply(input, options);
    }

    /** Reads {@code reader} (named {@code file} in messages) and applies this method. */
    public CsvOutput run(String file, Reader reader, StatsOptions options) {
        return run(CsvInput.read(file, reader), options);
    }

    /** The method called {@code name} (any case). */
    public static StatsMethod parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StatsInputException("unknown method '" + name + "'; expected one of "
                    + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
