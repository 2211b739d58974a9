package org.derwent.risk.features;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.RiskException;

/**
 * Extracts a {@link Cohort} at an index date from the store, entirely in SQL (DuckDB): see {@link FeatureQueries}
 * and docs/risk.md for each feature's definition. Temporary tables live on the given connection.
 */
public final class FeatureExtractor {
    private static final int FIXED_COLUMNS = 13;
    private static final String COMPOSITE_TABLE = "risk_composite";

    private final Connection connection;
    private final FeatureSet features;
    private final CompositeScores scores;

    /** Loads the register codes into {@code risk_code} on the connection. */
    public FeatureExtractor(Connection connection, RegisterCodes codes, CompositeScores scores) {
        this.connection = connection;
        this.scores = scores;
        this.features = FeatureSet.standard(scores);
        try {
            codes.load(connection);
        } catch (SQLException e) {
            throw new RiskException("cannot load register codes into the store: " + e.getMessage(), e);
        }
    }

    public FeatureSet features() {
        return features;
    }

    /** Everyone registered and alive at {@code index}, with features up to it and the outcome in the year after. */
    public Cohort extract(LocalDate index) {
        try (Statement st = connection.createStatement()) {
            st.execute(FeatureQueries.cohort(index));
            st.execute(FeatureQueries.activity(index));
            st.execute(FeatureQueries.registers(index));
            st.execute(FeatureQueries.medicines(index));
            scores.materialise(connection, index, COMPOSITE_TABLE);
            List<PersonFeatures> people = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(FeatureQueries.select(features, COMPOSITE_TABLE))) {
                while (rs.next()) {
                    people.add(row(rs));
                }
            }
            for (String t : List.of("risk_cohort", "risk_activity", "risk_registers", "risk_medicines")) {
                st.execute("DROP TABLE IF EXISTS " + t);
            }
            return new Cohort(index, features, people);
        } catch (SQLException e) {
            throw new RiskException("feature extraction at index date " + index + " failed: " + e.getMessage(), e);
        }
    }

    private PersonFeatures row(ResultSet rs) throws SQLException {
        double[] values = new double[features.size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = rs.getDouble(FIXED_COLUMNS + 1 + j);
        }
        double cms = rs.getDouble(12);
        if (rs.wasNull()) {
            cms = Double.NaN;
        }
        return new PersonFeatures(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), values, rs.getInt(8), rs.getInt(9) == 1,
                rs.getInt(10), rs.getString(11), cms, rs.getInt(13) == 1);
    }
}
