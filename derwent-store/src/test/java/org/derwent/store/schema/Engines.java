package org.derwent.store.schema;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.derwent.model.footprint.FootprintLoader;
import org.derwent.model.footprint.Ics;

/** Test helpers: the Derby and Derbyshire configuration and the PostgreSQL URL from DERWENT_PG_URL. */
final class Engines {
    private Engines() {
    }

    static Ics derbyshire() {
        return FootprintLoader.load(Path.of("..", "config", "derby-derbyshire"));
    }

    /** The PostgreSQL URL, or skips the test when DERWENT_PG_URL is not set. */
    static String postgresUrl() {
        String url = System.getenv("DERWENT_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "DERWENT_PG_URL not set: PostgreSQL test skipped");
        return url;
    }
}
