package org.derwent.ingest.stage;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.derwent.ingest.check.DistinctHashes;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.Subject;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One set of appenders, one per staging table, on the loading connection; used by one thread at a time. Several sets
 * may append to the same staging tables from different threads; their flushes take turns on one lock.
 */
final class StageWriter implements AutoCloseable {
    private final Map<String, RowAppender> appenders = new HashMap<>();
    /** The appenders of the clinical staging tables by store table name (no name built per row). */
    private final Map<String, RowAppender> clinical = new HashMap<>();
    /** Hashes of the record ids this writer staged, by store table name (see {@link DistinctHashes}). */
    private final Map<String, DistinctHashes> ids = new HashMap<>();

    /**
     * {@code flushLock}: shared by every writer of the connection, see {@link RowAppender}; {@code flusher}: where
     * full chunks are flushed in the background, or null to flush on the writing thread.
     */
    StageWriter(DuckDBConnection c, Object flushLock, Flusher flusher) throws SQLException {
        synchronized (flushLock) {
            for (Table t : Staging.all()) {
                appenders.put(t.name(), flusher == null ? new RowAppender(appender(c, t), flushLock)
                        : new RowAppender(appender(c, t), appender(c, t), flushLock, flusher));
            }
        }
        for (Table t : StoreSchema.CLINICAL) {
            clinical.put(t.name(), appenders.get(Staging.clinical(t).name()));
        }
    }

    private static DuckDBAppender appender(DuckDBConnection c, Table t) throws SQLException {
        return c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.name());
    }

    void quarantined(Provenance at, String field, String value, String reason) throws SQLException {
        app(Staging.QUARANTINE).begin().bigint(null).text(at.file()).bigint(at.line()).text(field).text(value)
                .text(reason).text(at.resourceType()).end();
    }

    private RowAppender app(Table t) {
        return appenders.get(t.name());
    }

    /** The record ids this writer staged, by store table name. */
    Map<String, DistinctHashes> ids() {
        return ids;
    }

    private void id(String table, String recordId) {
        ids.computeIfAbsent(table, t -> new DistinctHashes()).add(DistinctHashes.hash(recordId));
    }

    private RowAppender clinical(Table target, Coded c) throws SQLException {
        id(target.name(), c.recordId());
        return clinical.get(target.name()).begin().text(c.recordId()).text(c.subject().personId())
                .text(c.system().id()).text(c.code()).text(c.sourceOrg());
    }

    private static void tail(RowAppender a, Provenance at, Subject subject) throws SQLException {
        a.text(at.file()).bigint(at.line()).bigint(null).text(subject.sourceKey()).text(at.resourceType()).integer(null).end();
    }

    void write(Row row) throws SQLException {
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
            tail(clinical(StoreSchema.CONDITION, x.c()).date(x.onset()).date(x.resolved()), x.at(), x.c().subject());
        } else if (row instanceof Row.Observation x) {
            tail(clinical(StoreSchema.OBSERVATION, x.c()).date(x.date()).num(x.value()).text(x.unit()), x.at(),
                    x.c().subject());
        } else if (row instanceof Row.Medication x) {
            tail(clinical(StoreSchema.MEDICATION, x.c()).date(x.issueDate()).num(x.quantity()).integer(x.durationDays())
                    .bool(x.repeat()), x.at(), x.c().subject());
        } else if (row instanceof Row.Encounter e) {
            id(StoreSchema.ENCOUNTER.name(), e.recordId());
            tail(appenders.get("stg_encounter").begin().text(e.recordId())
                    .text(e.subject().personId()).text(e.setting()).text(e.providerCode()).text(e.sourceOrg())
                    .date(e.start()).date(e.end()).text(e.admissionMethod()).text(e.clinicianType())
                    .text(e.serviceType()).text(e.clinicianId()).integer(e.end() == null || !"admitted".equals(e.setting())
                            ? null : (int) ChronoUnit.DAYS.between(e.start(), e.end())), e.at(), e.subject());
        } else if (row instanceof Row.Diagnosis x) {
            tail(clinical(StoreSchema.DIAGNOSIS, x.c()).text(x.encounterId()).integer(x.position()), x.at(),
                    x.c().subject());
        } else if (row instanceof Row.Procedure x) {
            tail(clinical(StoreSchema.PROCEDURE, x.c()).text(x.encounterId()).date(x.date()), x.at(), x.c().subject());
        } else if (row instanceof Row.Referral x) {
            tail(clinical(StoreSchema.REFERRAL, x.c()).date(x.date()).text(x.service()), x.at(), x.c().subject());
        } else if (row instanceof Row.DiagnosisRank d) {
            app(Staging.DIAGNOSIS_RANK).begin().text(d.conditionId()).text(d.encounterId()).integer(d.rank()).end();
        }
    }

    void flush() throws SQLException {
        for (RowAppender a : appenders.values()) {
            a.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        for (RowAppender a : appenders.values()) {
            a.close();
        }
    }
}
