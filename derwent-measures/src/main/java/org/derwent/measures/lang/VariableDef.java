package org.derwent.measures.lang;

import java.util.List;
import java.util.Set;

/** A patient-level variable: one value per patient, computed once and shared by every indicator. */
public sealed interface VariableDef {
    String name();

    SourcePos pos();

    /** The value type the variable yields. */
    ValueType type();

    /** Value types of variables and expressions. */
    enum ValueType { BOOL, NUM, DATE, TEXT }

    /** Event tables a coded-event variable may search. */
    enum Source { CONDITION, OBSERVATION, MEDICATION, PROCEDURE, REFERRAL }

    /** QOF-style register: latest code in {@code codelist} later than the latest code in {@code resolved}. */
    record Register(String name, SourcePos pos, String codelist, String resolved) implements VariableDef {
        public ValueType type() {
            return ValueType.BOOL;
        }
    }

    /** An aggregate over coded events (condition, observation, medication, procedure, referral) in a window. */
    record Events(String name, SourcePos pos, Aggregate aggregate, String codelist, Window window, Set<Source> from)
            implements VariableDef {
        public Events {
            from = Set.copyOf(from);
        }

        public ValueType type() {
            return aggregate.type;
        }
    }

    /**
     * How coded events are summarised. {@code distinct_codes} counts different codes of the list (e.g. components
     * of a health check); latest value takes the lowest value on the latest date (QOF BP rule).
     */
    enum Aggregate {
        EXISTS(ValueType.BOOL), COUNT(ValueType.NUM), DISTINCT_CODES(ValueType.NUM), LATEST_DATE(ValueType.DATE), EARLIEST_DATE(ValueType.DATE),
        LATEST_VALUE(ValueType.NUM), MAX_VALUE(ValueType.NUM), MIN_VALUE(ValueType.NUM);

        final ValueType type;

        Aggregate(ValueType type) {
            this.type = type;
        }

        /** The YAML key that introduces this aggregate, e.g. {@code latest_value}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Number of encounters of a setting (optionally emergency admissions, optionally with an ICD-10 diagnosis). */
    record Encounters(String name, SourcePos pos, String setting, Method method, String diagnosis, Window window)
            implements VariableDef {
        public ValueType type() {
            return ValueType.NUM;
        }
    }

    /** Admission method classes (NHS Data Dictionary: 11-13 elective, 21-2D emergency). */
    enum Method { ANY, EMERGENCY, ELECTIVE }

    /**
     * Hospital discharges in the window that count as readmission index spells ({@code count: discharges}) or
     * those followed by an emergency admission within {@code days} ({@code count: readmitted}).
     */
    record Readmissions(String name, SourcePos pos, int days, boolean readmittedOnly, Window window)
            implements VariableDef {
        public ValueType type() {
            return ValueType.NUM;
        }
    }

    /**
     * True when the registration with the practice the patient is counted at (the one in force at the period end, or
     * at death) started in the window, e.g. QOF's "registered in the last 9 months" personalised care adjustment.
     */
    record Registration(String name, SourcePos pos, Window window) implements VariableDef {
        public ValueType type() {
            return ValueType.BOOL;
        }
    }

    /** Number of distinct medicines (dm+d codes) issued in the window. */
    record DistinctMedicines(String name, SourcePos pos, Window window) implements VariableDef {
        public ValueType type() {
            return ValueType.NUM;
        }
    }

    /** A rate looked up by sex and age band, e.g. expected dementia prevalence; 0 outside every band. */
    record AgeSexRate(String name, SourcePos pos, List<Band> bands) implements VariableDef {
        public AgeSexRate {
            bands = List.copyOf(bands);
        }

        public ValueType type() {
            return ValueType.NUM;
        }
    }

    /** One row of an age-sex rate table; {@code toAge} inclusive. */
    record Band(String sex, int fromAge, int toAge, double rate) {
    }

    /** A variable defined as an expression over other variables. Its type is inferred when compiled. */
    record Derived(String name, SourcePos pos, Expr expr, ValueType type) implements VariableDef {
    }
}
