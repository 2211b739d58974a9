package org.derwent.cli.measures;

import java.nio.file.Path;
import org.derwent.cli.ConfigOption;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.derwent.measures.sql.PostgresSqlDialect;
import org.derwent.measures.sql.SqlDialect;
import org.derwent.store.schema.Store;
import picocli.CommandLine.Option;

/** Store and engine options shared by the measure commands. */
public final class EngineOptions {
    @Option(names = "--store", paramLabel = "PATH", description = "DuckDB store file (default: data/derwent.duckdb in the Derwent home).")
    Path store;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "duckdb",
            description = "duckdb (default) or postgres.")
    String engine;

    @Option(names = "--pg-url", paramLabel = "URL", description = "JDBC URL of the PostgreSQL store (with --engine postgres; "
            + "default: env DERWENT_PG_URL).")
    String pgUrl;

    @Option(names = "--measures", paramLabel = "DIR", description = "Measure definitions (default: measures/ in the Derwent home).")
    Path measures;

    /** Opens the store of the chosen engine. */
    Store open() {
        if (engine.equals("postgres")) {
            String url = pgUrl != null ? pgUrl : System.getenv("DERWENT_PG_URL");
            if (url == null) {
                throw new IllegalArgumentException("--engine postgres needs --pg-url URL (or env DERWENT_PG_URL)");
            }
            return Store.open(url);
        }
        if (!engine.equals("duckdb")) {
            throw new IllegalArgumentException("unknown engine '" + engine + "': use duckdb or postgres");
        }
        return Store.duckDb(store != null ? store : ConfigOption.home().resolve("data").resolve("derwent.duckdb"));
    }

    SqlDialect dialect() {
        return engine.equals("postgres") ? new PostgresSqlDialect() : new DuckDbSqlDialect();
    }

    /** Reads and validates the definitions. */
    MeasureEngine load() {
        Path dir = measures != null ? measures : ConfigOption.home().resolve("measures");
        return MeasureEngine.load(dir, ConfigOption.home(), dialect());
    }
}
