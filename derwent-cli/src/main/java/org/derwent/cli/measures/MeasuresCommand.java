package org.derwent.cli.measures;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.derwent.cli.ConfigOption;
import org.derwent.measures.disclosure.DisclosurePolicy;
import org.derwent.measures.job.MeasureJob;
import org.derwent.measures.job.PeriodEnd;
import org.derwent.measures.result.Catalogue;
import org.derwent.measures.result.CatalogueEntry;
import org.derwent.measures.result.GroupNames;
import org.derwent.measures.result.MeasureRow;
import org.derwent.measures.result.OutputDisclosure;
import org.derwent.measures.result.ResultAssembler;
import org.derwent.measures.result.ResultExport;
import org.derwent.measures.result.StatsBridge;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.store.schema.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs every indicator by every breakdown, keeps the results in the store and optionally writes them out. */
@Command(name = "measures", mixinStandardHelpOptions = true,
        description = "Compute every indicator (measures/*.yaml) by every breakdown, keep the results in the store "
                + "(measure_result, measure_series, measure_inequality, indicator_catalogue) and write them with --out.")
public final class MeasuresCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Mixin
    ConfigOption config;

    @Option(names = "--period-end", paramLabel = "YYYY-MM-DD", description = "Period end (default: the store's latest extract date).")
    LocalDate periodEnd;

    @Option(names = "--out", paramLabel = "FILE", description = "Write results to FILE.csv, FILE.parquet or FILE.xlsx "
            + "(disclosure control applied unless --direct-care).")
    Path out;

    @Option(names = "--list", description = "Print the indicator catalogue and exit.")
    boolean list;

    @Option(names = "--no-series", description = "Skip the 24-month series (faster).")
    boolean noSeries;

    @Option(names = "--direct-care", description = "Write --out without disclosure control (direct care inside the trust boundary only).")
    boolean directCare;

    @Option(names = "--suppress-up-to", paramLabel = "N", defaultValue = "7", description = "Counts 1..N are suppressed in --out (default 7).")
    int threshold;

    @Option(names = "--round-to", paramLabel = "N", defaultValue = "5", description = "Other counts in --out are rounded to the nearest N (default 5).")
    int base;

    @Override
    public Integer call() throws Exception {
        MeasureEngine e = engine.load();
        if (list) {
            for (CatalogueEntry c : Catalogue.of(e.definitions())) {
                System.out.printf("%-22s %-10s %-8s %-7s %s%n", c.indicatorId(), c.unit(), c.improvementDirection(),
                        c.target() == null ? "" : c.target().toString(), c.title());
            }
            return 0;
        }
        String icbName = icbName();
        try (Store store = engine.open(); Connection c = store.connection()) {
            LocalDate pe = periodEnd != null ? periodEnd : PeriodEnd.latestExtract(c);
            MeasureJob.Output o = new MeasureJob(e, new StatsBridge(), icbName).run(c, pe, !noSeries);
            System.out.printf("%d indicators, %d result rows at %s in %.1f s; series %d rows in %.1f s; %d inequality rows%n",
                    o.catalogue().size(), o.results().size(), pe, o.resultSeconds(), o.series().size(), o.seriesSeconds(),
                    o.inequality().size());
            if (out != null) {
                List<MeasureRow> rows = o.results();
                if (!directCare) {
                    Map<String, String> units = new LinkedHashMap<>();
                    o.catalogue().forEach(x -> units.put(x.indicatorId(), x.unit()));
                    ResultAssembler assembler = new ResultAssembler(new StatsBridge(), GroupNames.load(c, icbName));
                    rows = new OutputDisclosure(new DisclosurePolicy(threshold, base), assembler, units).apply(rows);
                }
                ResultExport.write(out, rows);
                System.out.printf("wrote %d rows to %s%s%n", rows.size(), out, directCare ? " (no disclosure control)" : "");
            }
        }
        return 0;
    }

    /**
     * The job this command's options describe, for callers that run it on their own connection
     * ({@code ./derwent demo} stores the current period first and the series later).
     */
    public MeasureJob job() {
        return new MeasureJob(engine.load(), new StatsBridge(), icbName());
    }

    private String icbName() {
        try {
            return config.load().icb().name();
        } catch (RuntimeException ex) {
            return "ICB";
        }
    }
}
