package org.derwent.ingest.stage;

import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;

/** One staging table's DuckDB appender with null-aware appends, so a row is written as one chain of calls. */
final class RowAppender implements AutoCloseable {
    private final DuckDBAppender a;
    private long rows;

    RowAppender(DuckDBAppender a) {
        this.a = a;
    }

    RowAppender begin() throws SQLException {
        a.beginRow();
        return this;
    }

    void end() throws SQLException {
        a.endRow();
        rows++;
    }

    long rows() {
        return rows;
    }

    RowAppender text(String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
        return this;
    }

    RowAppender date(LocalDate v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
        return this;
    }

    RowAppender num(Double v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
        return this;
    }

    RowAppender integer(Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.intValue());
        }
        return this;
    }

    RowAppender bigint(Long v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.longValue());
        }
        return this;
    }

    RowAppender bool(Boolean v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.booleanValue());
        }
        return this;
    }

    void flush() throws SQLException {
        a.flush();
    }

    @Override
    public void close() throws SQLException {
        a.close();
    }
}
