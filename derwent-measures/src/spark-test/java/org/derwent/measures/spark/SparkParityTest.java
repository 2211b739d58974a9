package org.derwent.measures.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.derwent.measures.fixture.Expected;
import org.derwent.measures.fixture.FixtureCounts;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.fixture.RandomPopulation;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.derwent.measures.sql.SparkSqlDialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark SQL dialect executed by Spark in local mode gives the same numerators and denominators as DuckDB for
 * every indicator and breakdown, on a generated population and on the {@code definitions} known-answer fixture.
 * The store tables are built in DuckDB and handed to Spark as Parquet. Run with {@code -Pspark}.
 */
class SparkParityTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);
    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("derwent-spark-parity")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void spark_and_duckdb_count_a_generated_population_identically() throws Exception {
        Map<String, double[]> duck;
        try (Connection c = FixtureDb.duckdb()) {
            FixtureDb.load(c, "none");
            RandomPopulation.write(c, 1500, 42L, PE);
            exportToSpark(c);
            duck = FixtureCounts.counts(c, new DuckDbSqlDialect(), PE);
        }
        Map<String, double[]> sp = FixtureCounts.counts(SparkJdbc.connect(spark), new SparkSqlDialect(), PE);
        assertThat(new TreeSet<>(sp.keySet())).isEqualTo(new TreeSet<>(duck.keySet()));
        List<String> diffs = new ArrayList<>();
        duck.forEach((k, v) -> {
            double[] s = sp.get(k);
            if (Math.abs(s[0] - v[0]) > 1e-9 * Math.max(1, v[0]) || Math.abs(s[1] - v[1]) > 1e-9 * Math.max(1, v[1])) {
                diffs.add(k + ": duckdb " + v[0] + "/" + v[1] + ", spark " + s[0] + "/" + s[1]);
            }
        });
        assertThat(diffs).isEmpty();
        assertThat(duck.get("HYP_TTT|icb|")[1]).isGreaterThan(50);
    }

    @Test
    void spark_counts_the_definitions_fixture_as_derived_by_hand() throws Exception {
        try (Connection c = FixtureDb.duckdb()) {
            FixtureDb.load(c, "definitions");
            exportToSpark(c);
        }
        Map<String, double[]> got = FixtureCounts.counts(SparkJdbc.connect(spark), new SparkSqlDialect(), PE);
        for (Expected e : Expected.read("definitions")) {
            assertThat(got).as(e.key()).containsKey(e.key());
            assertThat(got.get(e.key())[0]).as("numerator of " + e.key()).isCloseTo(e.numerator(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(got.get(e.key())[1]).as("denominator of " + e.key()).isCloseTo(e.denominator(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** Writes every store table to Parquet and registers it in Spark as a temporary view of the same name. */
    private void exportToSpark(Connection duck) throws Exception {
        for (String t : FixtureDb.TABLES) {
            Path p = dir.resolve(t + "-" + System.nanoTime() + ".parquet");
            try (Statement s = duck.createStatement()) {
                s.execute("COPY " + t + " TO '" + p + "' (FORMAT PARQUET)");
            }
            assertThat(Files.exists(p)).as(p.toString()).isTrue();
            spark.read().parquet(p.toString()).createOrReplaceTempView(t);
        }
    }
}
