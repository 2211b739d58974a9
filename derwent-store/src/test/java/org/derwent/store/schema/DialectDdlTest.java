package org.derwent.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialectDdlTest {
    private final Table table = new Table("t", List.of(Column.required("id", ColumnType.TEXT),
            Column.of("v", ColumnType.DOUBLE), Column.of("d", ColumnType.DATE)), List.of("id"));

    @Test
    void duckdb_names_its_types_and_upserts_by_delete_then_insert() {
        Dialect d = new DuckDbDialect();
        assertThat(d.createTable(table)).isEqualTo("CREATE TABLE IF NOT EXISTS t (id VARCHAR NOT NULL, v DOUBLE, d DATE)");
        assertThat(d.upsert(table, "SELECT * FROM s")).containsExactly(
                "DELETE FROM t USING (SELECT * FROM s) x WHERE t.id = x.id",
                "INSERT INTO t (id, v, d) SELECT * FROM s");
    }

    @Test
    void postgres_names_its_types_and_uses_on_conflict() {
        Dialect d = new PostgresDialect();
        assertThat(d.createTable(table))
                .isEqualTo("CREATE TABLE IF NOT EXISTS t (id TEXT NOT NULL, v DOUBLE PRECISION, d DATE, PRIMARY KEY (id))");
        assertThat(d.upsert(table, "SELECT * FROM s")).containsExactly(
                "INSERT INTO t (id, v, d) SELECT * FROM s ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v, d = EXCLUDED.d");
    }

    @Test
    void staging_tables_have_no_constraints() {
        assertThat(new DuckDbDialect().createStaging(table, "stg_t"))
                .isEqualTo("CREATE TEMPORARY TABLE stg_t (id VARCHAR, v DOUBLE, d DATE)");
    }

    @Test
    void dialect_follows_the_url() {
        assertThat(Dialect.forUrl("jdbc:duckdb:/tmp/x.duckdb")).isInstanceOf(DuckDbDialect.class);
        assertThat(Dialect.forUrl("jdbc:postgresql://h/db")).isInstanceOf(PostgresDialect.class);
    }
}
