package org.derwent.synth.record;

import java.util.EnumMap;
import java.util.Map;
import org.derwent.model.code.CodeSystem;
import org.derwent.synth.codes.Catalogue;
import org.derwent.synth.codes.Concept;
import org.derwent.synth.health.Register;

/**
 * The SNOMED CT diagnosis codes written for each QOF register, from the register's primary care domain refset
 * cluster (cancer from the local cancer list). OB has none: it is defined by a BMI reading.
 */
public final class ConditionCodes {
    private final Map<Register, Concept> codes = new EnumMap<>(Register.class);
    final Concept dmType1;
    final Concept dmType2;
    final Concept stroke;
    final Concept tia;
    final Concept[] ckdStage;
    /** Cancer register codes without prostate cancer (women) or breast cancer (men). */
    final Concept cancerFemale;
    final Concept cancerMale;

    public ConditionCodes(Catalogue c) {
        codes.put(Register.HYP, c.pcd("hyp", "38341003", "59621000"));
        codes.put(Register.NDH, c.pcd("ndh", "700449008"));
        codes.put(Register.CHD, c.pcd("chd", "53741008", "22298006", "194828000", "414545008"));
        codes.put(Register.AF, c.pcd("afib", "49436004", "282825002", "440028005"));
        codes.put(Register.HF, c.pcd("hf", "84114007", "42343007"));
        codes.put(Register.PAD, c.pcd("pad", "399957001", "275520000"));
        codes.put(Register.COPD, c.pcd("copd", "13645005"));
        codes.put(Register.AST, c.pcd("ast", "195967001"));
        cancerFemale = c.local("local-cancer-register-snomed", CodeSystem.SNOMED,
                "254837009", "363358000", "363406005", "363418001", "363518003");
        cancerMale = c.local("local-cancer-register-snomed", CodeSystem.SNOMED,
                "399068003", "363358000", "363406005", "363418001", "363518003");
        codes.put(Register.DEM, c.pcd("dem", "52448006", "26929004"));
        codes.put(Register.DEP, c.pcd("depr", "35489007", "370143000"));
        codes.put(Register.MH, c.pcd("mh", "58214004", "13746004"));
        codes.put(Register.LD, c.pcd("ld", "110359009", "41040004"));
        codes.put(Register.EP, c.pcd("epil", "84757009"));
        codes.put(Register.OST, c.pcd("osteo", "64859006", "102447009"));
        codes.put(Register.RA, c.pcd("rarth", "69896004"));
        codes.put(Register.PC, c.pcd("palcare", "103735009"));
        dmType1 = c.pcd("dmtype1", "46635009");
        dmType2 = c.pcd("dmtype2", "44054006");
        stroke = c.pcd("strk", "230690007");
        tia = c.pcd("tia", "266257000");
        ckdStage = new Concept[] {c.pcd("ckd", "700378005"), c.pcd("ckd", "700379002"), c.pcd("ckd", "431857002"),
            c.pcd("ckd", "433146000")};
    }

    /** The concept for a register (diabetes, stroke/TIA and CKD depend on the patient). */
    Concept of(Register r, Person p) {
        return switch (r) {
            case DM -> p.dmType1 ? dmType1 : dmType2;
            case STIA -> p.rng.nextInt(5) < 2 ? tia : stroke;
            case CKD -> ckdStage[p.ckdStage];
            case CAN -> p.female ? cancerFemale : cancerMale;
            default -> codes.get(r);
        };
    }
}
