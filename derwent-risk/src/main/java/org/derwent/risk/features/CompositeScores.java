package org.derwent.risk.features;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The source of the electronic Frailty Index and the Cambridge Multimorbidity Score at an index date. The risk run
 * asks it to fill a table {@code (person_id TEXT, efi DOUBLE, efi_category TEXT, cms DOUBLE)}; the feature SQL
 * left-joins that table. {@link #NONE} provides neither score: the model then leaves both features out and
 * segmentation falls back to coded frailty (see docs/risk.md).
 */
public interface CompositeScores {
    /** Whether this source computes the eFI (and its category {@code fit, mild, moderate, severe}). */
    boolean hasEfi();

    /** Whether this source computes the general-outcome Cambridge Multimorbidity Score. */
    boolean hasCms();

    /** Creates (or replaces) {@code table} with one row per person who has a score at {@code indexDate}. */
    void materialise(Connection connection, LocalDate indexDate, String table) throws SQLException;

    /** No eFI and no CMS: an empty table with the expected columns. */
    CompositeScores NONE = new CompositeScores() {
        @Override
        public boolean hasEfi() {
            return false;
        }

        @Override
        public boolean hasCms() {
            return false;
        }

        @Override
        public void materialise(Connection connection, LocalDate indexDate, String table) throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE OR REPLACE TEMP TABLE " + table
                        + " (person_id VARCHAR, efi DOUBLE, efi_category VARCHAR, cms DOUBLE)");
            }
        }
    };
}
