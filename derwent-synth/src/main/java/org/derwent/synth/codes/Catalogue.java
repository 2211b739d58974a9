package org.derwent.synth.codes;

import java.util.List;
import org.derwent.model.code.CodeSystem;

/**
 * Every code the generator writes, each taken from a codelist in reference/codelists (vendored OpenCodelists
 * lists, or the small local lists in {@code local/}). Built once per run; fails fast when a list or code is
 * missing. See docs/synthetic-population.md for the list behind each concept.
 */
public final class Catalogue {
    private static final String PCD = "nhsd-primary-care-domain-refsets-";
    private static final String LOCAL = "local/";
    private final CodelistLibrary lib;

    public final Observations obs;
    public final Medicines meds;
    public final Hospital hospital;
    public final Prevention prevention;

    public Catalogue(CodelistLibrary lib) {
        this.lib = lib;
        this.obs = new Observations(this);
        this.meds = new Medicines(this);
        this.hospital = new Hospital(this);
        this.prevention = new Prevention(this);
    }

    public CodelistLibrary library() {
        return lib;
    }

    /** A SNOMED CT concept from an NHS primary care domain refset cluster, e.g. {@code pcd("hyp", ...)}. */
    public Concept pcd(String cluster, String... codes) {
        return concept(cluster, PCD + cluster + "_cod.csv", CodeSystem.SNOMED, codes);
    }

    public Concept local(String name, CodeSystem system, String... codes) {
        return concept(name, LOCAL + name + ".csv", system, codes);
    }

    public Concept concept(String name, String file, CodeSystem system, String... codes) {
        return new Concept(name, lib.get(file, system), List.of(codes));
    }

    /** Observation codes: vital signs, tests, scores and statuses. */
    public static final class Observations {
        public final Concept systolic;
        public final Concept diastolic;
        public final Concept bmi;
        public final Concept hba1c;
        public final Concept cholesterol;
        public final Concept hdl;
        public final Concept egfr;
        public final Concept qrisk;
        public final Concept currentSmoker;
        public final Concept exSmoker;
        public final Concept neverSmoked;
        public final Concept efi;
        public final Concept mildFrailty;
        public final Concept moderateFrailty;
        public final Concept severeFrailty;

        Observations(Catalogue c) {
            systolic = c.pcd("sysbp", "271649006", "72313002");
            diastolic = c.pcd("diabp", "271650006");
            bmi = c.pcd("bmival", "60621009");
            hba1c = c.concept("hba1c", "opensafely-glycated-haemoglobin-hba1c-tests-numerical-value.csv", CodeSystem.SNOMED, "999791000000106");
            cholesterol = c.local("local-total-cholesterol-snomed", CodeSystem.SNOMED, "1005671000000105", "1017161000000104");
            hdl = c.pcd("hdlcchol", "1005681000000107", "1010581000000101");
            egfr = c.local("local-egfr-snomed", CodeSystem.SNOMED, "1011481000000105");
            qrisk = c.concept("qrisk", "opensafely-cvd-risk-assessment-score-qof.csv", CodeSystem.SNOMED, "1085871000000105");
            Concept status = c.local("local-smoking-status-snomed", CodeSystem.SNOMED, "77176002", "8517006", "266919005");
            currentSmoker = new Concept("current smoker", status.list(), List.of("77176002"));
            exSmoker = new Concept("ex-smoker", status.list(), List.of("8517006"));
            neverSmoked = new Concept("never smoked", status.list(), List.of("266919005"));
            efi = c.pcd("efi", "1084961000000105");
            mildFrailty = c.pcd("mildfrail", "925791000000100");
            moderateFrailty = c.pcd("modfrail", "925831000000107");
            severeFrailty = c.pcd("sevfrail", "925861000000102");
        }
    }

    /** Codes for the referrals and procedures the prevention indicators count. */
    public static final class Prevention {
        public final Concept smokingReferral;
        public final Concept smokingAdvice;
        public final Concept weightReferral;
        public final Concept dppReferral;
        public final Concept smiHealthCheck;
        public final Concept ldHealthCheck;
        public final Concept medicationReview;
        public final Concept structuredMedicationReview;

        Prevention(Catalogue c) {
            Concept cessation = c.local("local-smoking-cessation-snomed", CodeSystem.SNOMED, "871661000000106", "225323000", "710081004");
            smokingReferral = new Concept("smoking cessation referral", cessation.list(), List.of("871661000000106"));
            smokingAdvice = new Concept("smoking cessation advice", cessation.list(), List.of("225323000", "710081004"));
            weightReferral = c.local("local-weight-management-referral-snomed", CodeSystem.SNOMED, "408289007");
            dppReferral = c.local("local-dpp-referral-snomed", CodeSystem.SNOMED, "1025321000000109");
            smiHealthCheck = c.local("local-smi-health-check-snomed", CodeSystem.SNOMED,
                    "443781008", "698094009", "171222001", "43396009", "121868005", "196771000000101");
            ldHealthCheck = c.local("local-ld-health-check-snomed", CodeSystem.SNOMED, "443781008", "698094009", "171222001");
            medicationReview = c.pcd("medrvw", "314530002", "719328007", "719327002");
            structuredMedicationReview = c.concept("smr", "opensafely-structured-medication-review-nhs-england.csv",
                    CodeSystem.SNOMED, "1239511000000100");
        }
    }
}
