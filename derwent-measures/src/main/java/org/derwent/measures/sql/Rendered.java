package org.derwent.measures.sql;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** SQL text with its bind parameters, in placeholder order. */
public record Rendered(String sql, List<SqlExpr.Param> params) {
    public Rendered {
        params = List.copyOf(params);
    }

    /** Prepares the statement and binds every parameter. */
    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            bind(ps, i + 1, params.get(i));
        }
        return ps;
    }

    private static void bind(PreparedStatement ps, int i, SqlExpr.Param p) throws SQLException {
        Object v = p.value();
        switch (p.type()) {
            case DATE -> ps.setDate(i, Date.valueOf((LocalDate) v));
            case DOUBLE -> ps.setDouble(i, ((Number) v).doubleValue());
            case INTEGER -> ps.setInt(i, ((Number) v).intValue());
            case BOOLEAN -> ps.setBoolean(i, (Boolean) v);
            case TEXT -> {
                if (v == null) {
                    ps.setNull(i, Types.VARCHAR);
                } else {
                    ps.setString(i, v.toString());
                }
            }
            default -> throw new IllegalStateException("unbindable type " + p.type());
        }
    }

    /** Runs a statement that returns no rows. */
    public void execute(Connection c) throws SQLException {
        try (PreparedStatement ps = prepare(c)) {
            ps.execute();
        }
    }
}
