package org.derwent.ingest;

import java.nio.file.Path;
import java.util.List;
import org.derwent.store.schema.Store;

/** Child process for {@link KillTest}: loads a source into a store, printing each phase, until it is killed. */
public final class KillChild {
    private KillChild() {
    }

    public static void main(String[] args) {
        try (Store store = Store.duckDb(Path.of(args[0]))) {
            new Loader(store, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, new LoadListener() {
                @Override
                public void phase(String description) {
                    System.out.println(description);
                    System.out.flush();
                }
            }).load(List.of(Path.of(args[1])));
        }
        System.out.println("done");
    }
}
