package org.derwent.ingest.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derwent.ingest.row.ConcurrentSink;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;

/**
 * Records sink calls made on a worker thread so they can be replayed, in order, on the loading thread. With a
 * {@link ConcurrentSink} writer, rows are written at once on the worker and only their counting is replayed.
 */
final class RecordingSink implements RowSink {
    private record Loaded(Row row) {
    }

    private record Derived(Row row) {
    }

    private record Quarantined(Provenance at, String field, String value, String reason) {
    }

    private record Skipped(Provenance at) {
    }

    /** {@code n} loaded rows in a row of one file and resource type, already written. */
    private static final class Written {
        private final Provenance at;
        private long n = 1;

        Written(Provenance at) {
            this.at = at;
        }

        boolean sameKind(Provenance other) {
            return Objects.equals(at.file(), other.file()) && Objects.equals(at.resourceType(), other.resourceType());
        }
    }

    private final List<Object> events = new ArrayList<>();
    private final ConcurrentSink writer;
    long bytes;

    /** {@code writer}: where rows are written at once, or null to replay them. */
    RecordingSink(ConcurrentSink writer) {
        this.writer = writer;
    }

    @Override
    public void loaded(Row row) {
        if (writer == null) {
            events.add(new Loaded(row));
        } else {
            writer.write(row);
            Object last = events.isEmpty() ? null : events.get(events.size() - 1);
            if (last instanceof Written w && w.sameKind(row.at())) {
                w.n++;
            } else {
                events.add(new Written(row.at()));
            }
        }
    }

    @Override
    public void derived(Row row) {
        if (writer == null) {
            events.add(new Derived(row));
        } else {
            writer.write(row);
        }
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
            if (e instanceof Written w) {
                writer.counted(w.at, w.n);
            } else if (e instanceof Loaded l) {
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
