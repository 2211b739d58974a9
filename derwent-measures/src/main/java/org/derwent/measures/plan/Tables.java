package org.derwent.measures.plan;

/** Names of the temporary tables of a run. */
public final class Tables {
    /** Codelist members: list_id, code_system, code. */
    public static final String CODES = "m_codes";
    /** Population at the period end, one row per patient, with breakdown columns. */
    public static final String POPULATION = "m_pop";
    /** Events matched to codelists in long format: person_id, list_id, d, value, resolved, src. */
    public static final String EVENTS = "m_ev";
    /** Latest-dated valued events per patient and list: person_id, list_id, d, vmin, vmax. */
    public static final String LAST_VALUES = "m_last";
    /** One row per patient with every variable ({@code v_<name>}). */
    public static final String PATIENT_VARIABLES = "m_pv";

    private Tables() {
    }
}
