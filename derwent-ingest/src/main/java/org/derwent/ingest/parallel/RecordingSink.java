package org.derwent.ingest.parallel;

import java.util.ArrayList;
import java.util.List;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;

/** Records sink calls made on a worker thread so they can be replayed, in order, on the loading thread. */
final class RecordingSink implements RowSink {
    private record Loaded(Row row) {
    }

    private record Derived(Row row) {
    }

    private record Quarantined(Provenance at, String field, String value, String reason) {
    }

    private record Skipped(Provenance at) {
    }

    private final List<Object> events = new ArrayList<>();
    long bytes;

    @Override
    public void loaded(Row row) {
        events.add(new Loaded(row));
    }

    @Override
    public void derived(Row row) {
        events.add(new Derived(row));
    }

    @Override
    public void quarantined(Provenance at, String field, String value, String reason) {
        events.add(new Quarantined(at, field, value, reason));
    }

    @Override
    public void skipped(Provenance at) {
        events.add(new Skipped(at));
    }

    void replay(RowSink target) {
        for (Object e : events) {
            if (e instanceof Loaded l) {
                target.loaded(l.row());
            } else if (e instanceof Derived d) {
                target.derived(d.row());
            } else if (e instanceof Quarantined q) {
                target.quarantined(q.at(), q.field(), q.value(), q.reason());
            } else if (e instanceof Skipped s) {
                target.skipped(s.at());
            }
        }
    }
}
