package org.derwent.store.schema;

import static org.derwent.store.schema.ColumnType.BIGINT;
import static org.derwent.store.schema.ColumnType.BOOLEAN;
import static org.derwent.store.schema.ColumnType.DATE;
import static org.derwent.store.schema.ColumnType.DOUBLE;
import static org.derwent.store.schema.ColumnType.INT;
import static org.derwent.store.schema.ColumnType.TEXT;
import static org.derwent.store.schema.ColumnType.TIMESTAMP;
import static org.derwent.store.schema.TableBuilder.table;

import java.util.List;

/**
 * Every table of the store, exactly as docs/data-model.md lists them. Tables and columns are a contract:
 * the loader writes them; measures, risk and the server read them.
 */
public final class StoreSchema {
    public static final Table PERSON = table("person").key("person_id")
            .text("sex").col("birth_year", INT).col("birth_month", INT).text("ethnic_category", "ethnic_group",
                    "lsoa_code", "practice_code").col("registration_date", DATE).col("death_date", DATE)
            .provenance().build();
    public static final Table REGISTRATION = table("registration").key("person_id", "practice_code")
            .required("start_date", DATE).col("end_date", DATE).provenance()
            .compositeKey("person_id", "practice_code", "start_date").build();
    public static final Table IDENTITY = table("identity").key("person_id")
            .text("nhs_number", "given_name", "family_name").col("birth_date", DATE).text("postcode").build();
    /** Maps a keyed hash of a source's own patient id to the person, so later extracts link to earlier ones. */
    public static final Table PERSON_SOURCE = table("person_source").key("source_key").required("person_id", TEXT)
            .col("load_id", BIGINT).build();

    public static final Table CONDITION = clinical("condition").col("onset_date", DATE).col("resolved_date", DATE)
            .provenance().build();
    public static final Table OBSERVATION = clinical("observation").col("obs_date", DATE).col("value", DOUBLE)
            .text("unit").provenance().build();
    public static final Table MEDICATION = clinical("medication").col("issue_date", DATE).col("quantity", DOUBLE)
            .col("duration_days", INT).col("is_repeat", BOOLEAN).provenance().build();
    public static final Table ENCOUNTER = table("encounter").key("record_id").required("person_id", TEXT)
            .text("setting", "provider_code", "source_org").col("start_date", DATE).col("end_date", DATE)
            .text("admission_method", "clinician_type", "service_type", "clinician_id").col("los_days", INT)
            .provenance().build();
    public static final Table DIAGNOSIS = clinical("diagnosis").text("encounter_id").col("position", INT)
            .provenance().build();
    public static final Table PROCEDURE = clinical("procedure").text("encounter_id").col("proc_date", DATE)
            .provenance().build();
    public static final Table REFERRAL = clinical("referral").col("ref_date", DATE).text("service")
            .provenance().build();

    public static final Table ORG_PRACTICE = table("org_practice").key("practice_code")
            .text("name", "postcode", "pcn_code", "district_code").col("list_size", INT).build();
    public static final Table ORG_PCN = table("org_pcn").key("pcn_code").text("name").build();
    public static final Table GEO_LSOA = table("geo_lsoa").key("lsoa_code").text("name", "district_code")
            .col("imd_score", DOUBLE).col("imd_decile", INT).col("imd_quintile", INT).col("core20", BOOLEAN)
            .text("ruc_code").build();
    public static final Table GEO_DISTRICT = table("geo_district").key("district_code")
            .text("name", "place_code", "icp_code").build();
    public static final Table GEO_PLACE = table("geo_place").key("code").text("name").build();
    public static final Table GEO_ICP = table("geo_icp").key("code").text("name").build();
    public static final Table ORG_PROVIDER = table("org_provider").key("provider_code").text("name", "kind").build();

    public static final Table LOAD_HISTORY = table("load_history").keyOf(BIGINT, "load_id")
            .col("started_at", TIMESTAMP).col("finished_at", TIMESTAMP).text("sources")
            .col("records_read", BIGINT).col("records_loaded", BIGINT).col("records_quarantined", BIGINT)
            .col("records_skipped_by_type", BIGINT).col("extract_date", DATE).build();
    public static final Table QUARANTINE = table("quarantine").col("load_id", BIGINT).text("file")
            .col("line", BIGINT).text("field", "value", "reason", "resource_type").build();
    public static final Table SOURCE_FILE = table("source_file").key("file_hash").text("file_name")
            .col("load_id", BIGINT).build();

    /** Clinical tables keyed on the source's record id, in the order a load merges them. */
    public static final List<Table> CLINICAL = List.of(CONDITION, OBSERVATION, MEDICATION, ENCOUNTER, DIAGNOSIS,
            PROCEDURE, REFERRAL);
    /** Organisation and geography tables filled from the ICS configuration. */
    public static final List<Table> FOOTPRINT = List.of(ORG_PRACTICE, ORG_PCN, GEO_LSOA, GEO_DISTRICT, GEO_PLACE,
            GEO_ICP, ORG_PROVIDER);
    /** All tables. */
    public static final List<Table> ALL = List.of(PERSON, REGISTRATION, IDENTITY, PERSON_SOURCE, CONDITION,
            OBSERVATION, MEDICATION, ENCOUNTER, DIAGNOSIS, PROCEDURE, REFERRAL, ORG_PRACTICE, ORG_PCN, GEO_LSOA,
            GEO_DISTRICT, GEO_PLACE, GEO_ICP, ORG_PROVIDER, LOAD_HISTORY, QUARANTINE, SOURCE_FILE);

    private StoreSchema() {
    }

    private static TableBuilder clinical(String name) {
        return table(name).key("record_id").required("person_id", TEXT).text("code_system", "code", "source_org");
    }

    /** The table with this name. */
    public static Table named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no store table '" + name + "'"));
    }
}
