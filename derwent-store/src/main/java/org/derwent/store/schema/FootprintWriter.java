package org.derwent.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.derwent.store.write.Transaction;
import org.derwent.model.footprint.District;
import org.derwent.model.footprint.Icp;
import org.derwent.model.footprint.Ics;
import org.derwent.model.footprint.Lsoa;
import org.derwent.model.footprint.Pcn;
import org.derwent.model.footprint.Place;
import org.derwent.model.footprint.Practice;
import org.derwent.model.footprint.Provider;

/** Writes an ICS footprint into the organisation and geography tables (delete then insert, one transaction). */
final class FootprintWriter {
    private final Ics ics;

    FootprintWriter(Ics ics) {
        this.ics = ics;
    }

    void write(Connection c) throws SQLException {
        Transaction.run(c, t -> {
            try (Statement s = t.createStatement()) {
                for (Table tb : StoreSchema.FOOTPRINT) {
                    s.execute("DELETE FROM " + tb.name());
                }
            }
            insert(t, StoreSchema.ORG_PRACTICE, ics.practices(), (Practice p) -> List.of(p.code(), p.name(),
                    p.postcode(), p.pcnCode(), p.districtCode(), p.listSize()));
            insert(t, StoreSchema.ORG_PCN, ics.pcns(), (Pcn p) -> List.of(p.code(), p.name()));
            insert(t, StoreSchema.GEO_LSOA, ics.lsoas(), (Lsoa l) -> List.of(l.code(), l.name(), l.districtCode(),
                    l.imdScore(), l.imdDecile(), l.imdQuintile(), l.core20(), l.rucCode()));
            insert(t, StoreSchema.GEO_DISTRICT, ics.districts(), (District d) -> java.util.Arrays.asList(d.code(),
                    d.name(), ics.placeOfDistrict(d.code()).map(Place::code).orElse(null),
                    ics.icpOfDistrict(d.code()).map(Icp::code).orElse(null)));
            insert(t, StoreSchema.GEO_PLACE, ics.places(), (Place p) -> List.of(p.code(), p.name()));
            insert(t, StoreSchema.GEO_ICP, ics.icps(), (Icp p) -> List.of(p.code(), p.name()));
            insert(t, StoreSchema.ORG_PROVIDER, ics.providers(), (Provider p) -> List.of(p.code(), p.name(),
                    p.kind().name()));
        });
    }

    private interface Row<T> {
        List<Object> values(T item);
    }

    private static <T> void insert(Connection c, Table table, List<T> items, Row<T> row) throws SQLException {
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columnNames()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T item : items) {
                List<Object> values = row.values(item);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else {
                        ps.setObject(i + 1, v);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
