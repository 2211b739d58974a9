package org.derwent.ingest.stage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;
import org.derwent.ingest.row.Subject;
import org.derwent.store.schema.Dialect;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows into the staging tables of one DuckDB connection through appenders, and counts every input
 * record's outcome. Not thread-safe: one writer.
 */
public final class Stager implements RowSink, AutoCloseable {
    private final Map<String, RowAppender> appenders = new HashMap<>();
    private final StageCounts counts = new StageCounts();

    public Stager(DuckDBConnection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Table t : Staging.all()) {
                s.execute("DROP TABLE IF EXISTS " + t.name());
                s.execute(dialect.createStaging(t, t.name()));
                appenders.put(t.name(), new RowAppender(c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.name())));
            }
        }
    }

    public StageCounts counts() {
        return counts;
    }

    @Override
    public void loaded(Row row) {
        counts.loaded(row.at());
        write(row);
    }

    @Override
    public void derived(Row row) {
        write(row);
    }

    @Override
    public void skipped(Provenance at) {
        counts.skipped(at);
    }

    @Override
    public void quarantined(Provenance at, String field, String value, String reason) {
        counts.quarantined(at, reason);
        try {
            app(Staging.QUARANTINE).begin().bigint(null).text(at.file()).bigint(at.line()).text(field).text(value)
                    .text(reason).text(at.resourceType()).end();
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }

    private RowAppender app(Table t) {
        return appenders.get(t.name());
    }

    private RowAppender clinical(Table target, Coded c) throws SQLException {
        return appenders.get("stg_" + target.name()).begin().text(c.recordId()).text(c.subject().personId())
                .text(c.system().id()).text(c.code()).text(c.sourceOrg());
    }

    private static void tail(RowAppender a, Provenance at, Subject subject) throws SQLException {
        a.text(at.file()).bigint(at.line()).bigint(null).text(subject.sourceKey()).text(at.resourceType()).integer(null).end();
    }

    private void write(Row row) {
        try {
            if (row instanceof Row.Person p) {
                app(Staging.PERSON).begin().text(p.personId()).text(p.sex()).integer(p.birthYear())
                            .integer(p.birthMonth()).text(p.ethnicCategory()).text(p.ethnicGroup()).text(p.lsoaCode())
                            .text(p.practiceCode()).date(p.registrationDate()).date(p.deathDate()).text(p.at().file())
                            .bigint(p.at().line()).bigint(null).text(p.identity().nhsNumber()).text(p.identity().givenName())
                            .text(p.identity().familyName()).date(p.identity().birthDate()).text(p.identity().postcode())
                            .text(p.sourceKey()).integer(null).end();
            } else if (row instanceof Row.Registration r) {
                app(Staging.REGISTRATION).begin().text(r.subject().personId())
                            .text(r.practiceCode()).date(r.start()).date(r.end()).text(r.at().file()).bigint(r.at().line())
                            .bigint(null).text(r.subject().sourceKey()).bool(r.derived()).text(r.at().resourceType()).integer(null)
                            .end();
            } else if (row instanceof Row.Condition x) {
                tail(clinical(StoreSchema.CONDITION, x.c()).date(x.onset()).date(x.resolved()),
                            x.at(), x.c().subject());
            } else if (row instanceof Row.Observation x) {
                tail(clinical(StoreSchema.OBSERVATION, x.c()).date(x.date()).num(x.value())
                            .text(x.unit()), x.at(), x.c().subject());
            } else if (row instanceof Row.Medication x) {
                tail(clinical(StoreSchema.MEDICATION, x.c()).date(x.issueDate())
                            .num(x.quantity()).integer(x.durationDays()).bool(x.repeat()), x.at(), x.c().subject());
            } else if (row instanceof Row.Encounter e) {
                tail(appenders.get("stg_encounter").begin().text(e.recordId())
                            .text(e.subject().personId()).text(e.setting()).text(e.providerCode()).text(e.sourceOrg())
                            .date(e.start()).date(e.end()).text(e.admissionMethod()).text(e.clinicianType())
                            .text(e.serviceType()).text(e.clinicianId()).integer(e.end() == null || !"admitted".equals(e.setting()) ? null
                                    : (int) ChronoUnit.DAYS.between(e.start(), e.end())), e.at(), e.subject());
            } else if (row instanceof Row.Diagnosis x) {
                tail(clinical(StoreSchema.DIAGNOSIS, x.c()).text(x.encounterId())
                            .integer(x.position()), x.at(), x.c().subject());
            } else if (row instanceof Row.Procedure x) {
                tail(clinical(StoreSchema.PROCEDURE, x.c()).text(x.encounterId()).date(x.date()),
                            x.at(), x.c().subject());
            } else if (row instanceof Row.Referral x) {
                tail(clinical(StoreSchema.REFERRAL, x.c()).date(x.date()).text(x.service()),
                            x.at(), x.c().subject());
            } else if (row instanceof Row.DiagnosisRank d) {
                app(Staging.DIAGNOSIS_RANK).begin().text(d.conditionId())
                            .text(d.encounterId()).integer(d.rank()).end();
            }
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }

    /** Flushes every appender, so SQL on this connection sees the rows staged so far. */
    public void flush() {
        try {
            for (RowAppender a : appenders.values()) {
                a.flush();
            }
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }

    /** Flushes and closes every appender; the staging tables stay for the merge. */
    @Override
    public void close() {
        try {
            for (RowAppender a : appenders.values()) {
                a.close();
            }
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }
}
