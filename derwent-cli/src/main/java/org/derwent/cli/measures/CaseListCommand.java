package org.derwent.cli.measures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.derwent.ingest.pseudo.KeyFile;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.measures.caselist.CaseListRunner;
import org.derwent.measures.caselist.CaseRow;
import org.derwent.measures.job.PeriodEnd;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.store.schema.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints a practice's case-finding list. Patients are shown by pseudonym; with the pseudonymisation key
 * ({@code --direct-care-key}), NHS number and name come from the identity table after checking that each
 * pseudonym is the keyed hash of that NHS number.
 */
@Command(name = "caselist", mixinStandardHelpOptions = true,
        description = "Print a case-finding list (e.g. HYP_UNDX) for one practice, with the reason for each patient.")
public final class CaseListCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "Case list id (see measures/case-lists.yaml).")
    String id;

    @Option(names = "--practice", required = true, paramLabel = "ODS", description = "Practice ODS code.")
    String practice;

    @Mixin
    EngineOptions engine;

    @Option(names = "--period-end", paramLabel = "YYYY-MM-DD", description = "Period end (default: the store's latest extract date).")
    LocalDate periodEnd;

    @Option(names = "--direct-care-key", paramLabel = "FILE", description = "Pseudonymisation key file (hex): show NHS number "
            + "and name for direct care. Without it only pseudonyms are shown.")
    Path key;

    @Override
    public Integer call() throws Exception {
        MeasureEngine e = engine.load();
        Pseudonymiser pseudo = null;
        if (key != null) {
            if (!Files.isRegularFile(key)) {
                throw new IllegalArgumentException("direct-care key file " + key + " not found");
            }
            pseudo = new Pseudonymiser(KeyFile.readOrCreate(key));
        }
        try (Store store = engine.open(); Connection c = store.connection()) {
            LocalDate pe = periodEnd != null ? periodEnd : PeriodEnd.latestExtract(c);
            List<CaseRow> rows = new CaseListRunner(e).run(c, id, practice, pe, pseudo != null);
            System.out.printf("%s: %d patients at practice %s, period end %s%n", id, rows.size(), practice, pe);
            for (CaseRow r : rows) {
                if (pseudo != null) {
                    if (r.nhsNumber() == null || !pseudo.personId(r.nhsNumber()).equals(r.personId())) {
                        throw new IllegalStateException("the key does not match the store: pseudonym " + r.personId().substring(0, 12)
                                + "... is not the keyed hash of the NHS number in the identity table");
                    }
                    System.out.printf("%s  %-30s %s%n", r.nhsNumber(), r.name(), r.reason());
                } else {
                    System.out.printf("%s  %s%n", r.personId(), r.reason());
                }
            }
        }
        return 0;
    }
}
