package org.derwent.ingest.stage;

import java.util.ArrayList;
import java.util.List;
import org.derwent.store.schema.Column;
import org.derwent.store.schema.ColumnType;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;

/** The staging tables: each store table's columns plus what the merge needs to link and check rows. */
public final class Staging {
    public static final Table PERSON = extend(StoreSchema.PERSON, "stg_person",
            text("nhs_number"), text("given_name"), text("family_name"), Column.of("birth_date", ColumnType.DATE),
            text("postcode"), text("source_key"), sqlRead());
    public static final Table REGISTRATION = extend(StoreSchema.REGISTRATION, "stg_registration",
            text("source_key"), Column.of("derived", ColumnType.BOOLEAN), text("resource_type"), sqlRead());
    public static final Table DIAGNOSIS_RANK = new Table("stg_diag_rank", List.of(text("condition_id"),
            text("encounter_id"), Column.of("rank", ColumnType.INT)), List.of());
    public static final Table QUARANTINE = extend(StoreSchema.QUARANTINE, "stg_quarantine");

    private Staging() {
    }

    /** The staging table of a clinical store table. */
    public static Table clinical(Table target) {
        return extend(target, "stg_" + target.name(), text("source_key"), text("resource_type"), sqlRead());
    }

    /**
     * {@code sql_read}: the ordinal of the SQL read that staged the row (positive for a plain CSV file, negative for a
     * FHIR NDJSON file; NULL for rows staged through Java), so that read can find the lines it did not stage without
     * evaluating its predicate a second time.
     */
    private static Column sqlRead() {
        return Column.of("sql_read", ColumnType.INT);
    }

    /** All staging tables. */
    public static List<Table> all() {
        List<Table> out = new ArrayList<>(List.of(PERSON, REGISTRATION, DIAGNOSIS_RANK, QUARANTINE));
        StoreSchema.CLINICAL.forEach(t -> out.add(clinical(t)));
        return out;
    }

    private static Column text(String name) {
        return Column.of(name, ColumnType.TEXT);
    }

    private static Table extend(Table base, String name, Column... extra) {
        List<Column> cols = new ArrayList<>(base.columns());
        cols.addAll(List.of(extra));
        return new Table(name, cols, List.of());
    }
}
