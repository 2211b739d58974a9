package org.derwent.synth.codes;

import org.derwent.model.code.CodeSystem;

/** ICD-10 diagnoses and OPCS-4 procedures for hospital activity (local lists; codes without the dot). */
public final class Hospital {
    private static final String DX = "local-hospital-diagnoses-icd10";
    private static final String OPCS = "local-procedures-opcs4";
    public final Concept acuteMedical;
    public final Concept respiratory;
    public final Concept copdExacerbation;
    public final Concept asthmaAttack;
    public final Concept heartFailure;
    public final Concept myocardialInfarction;
    public final Concept stroke;
    public final Concept atrialFibrillation;
    public final Concept hypertension;
    public final Concept diabetes;
    public final Concept ckd;
    public final Concept dementia;
    public final Concept depression;
    public final Concept psychosis;
    /** Cancer diagnoses for women (breast, lung) and for men (prostate, lung): no sex-specific code in the other sex. */
    public final Concept cancerFemale;
    public final Concept cancerMale;
    public final Concept palliative;
    public final Concept fallInjury;
    public final Concept fallCause;
    public final Concept hipFracture;
    public final Concept cataract;
    public final Concept hipArthrosis;
    public final Concept kneeArthrosis;
    public final Concept hernia;
    public final Concept gallstones;
    public final Concept abdominalPain;
    public final Concept giBleed;
    public final Concept hipReplacement;
    public final Concept kneeReplacement;
    public final Concept hemiarthroplasty;
    public final Concept phaco;
    public final Concept lensImplant;
    public final Concept colonoscopy;
    public final Concept gastroscopy;
    public final Concept cystoscopy;
    public final Concept herniaRepair;
    public final Concept cholecystectomy;

    Hospital(Catalogue c) {
        CodeSystem i = CodeSystem.ICD10;
        CodeSystem o = CodeSystem.OPCS4;
        acuteMedical = c.local(DX, i, "N390", "R074", "R55", "A419", "J22");
        respiratory = c.local(DX, i, "J189", "J22");
        copdExacerbation = c.local(DX, i, "J441");
        asthmaAttack = c.local(DX, i, "J459");
        heartFailure = c.local(DX, i, "I500");
        myocardialInfarction = c.local(DX, i, "I214");
        stroke = c.local(DX, i, "I639");
        atrialFibrillation = c.local(DX, i, "I48");
        hypertension = c.local(DX, i, "I10");
        diabetes = c.local(DX, i, "E119");
        ckd = c.local(DX, i, "N183");
        dementia = c.local(DX, i, "F03");
        depression = c.local(DX, i, "F329");
        psychosis = c.local(DX, i, "F200");
        cancerFemale = c.local(DX, i, "C509", "C349");
        cancerMale = c.local(DX, i, "C61", "C349");
        palliative = c.local(DX, i, "Z515");
        fallInjury = c.local(DX, i, "S525", "S422", "S099");
        fallCause = c.local("local-falls-icd10", i, "W19", "W01", "W10", "W18", "W06");
        hipFracture = c.local(DX, i, "S720");
        cataract = c.local(DX, i, "H259");
        hipArthrosis = c.local(DX, i, "M169");
        kneeArthrosis = c.local(DX, i, "M179");
        hernia = c.local(DX, i, "K409");
        gallstones = c.local(DX, i, "K802");
        abdominalPain = c.local(DX, i, "R104");
        giBleed = c.local(DX, i, "K922");
        hipReplacement = c.local(OPCS, o, "W371");
        kneeReplacement = c.local(OPCS, o, "W401");
        hemiarthroplasty = c.local(OPCS, o, "W461");
        phaco = c.local(OPCS, o, "C712");
        lensImplant = c.local(OPCS, o, "C751");
        colonoscopy = c.local(OPCS, o, "H229");
        gastroscopy = c.local(OPCS, o, "G459");
        cystoscopy = c.local(OPCS, o, "M459");
        herniaRepair = c.local(OPCS, o, "T201");
        cholecystectomy = c.local(OPCS, o, "J183");
    }
}
