package org.derwent.synth.calibration;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derwent.model.code.CodeSystem;
import org.derwent.synth.codes.CodelistLibrary;
import org.derwent.synth.health.Register;

/**
 * Which diagnosis codelists put a patient on each QOF register (the PCD refset clusters; the local cancer
 * list for CAN). OB has none: it is a BMI of 30+ in the last 12 months.
 */
public final class RegisterCodelists {
    private static final String PCD = "nhsd-primary-care-domain-refsets-";
    private static final Map<Register, List<String>> FILES = new EnumMap<>(Register.class);

    static {
        FILES.put(Register.HYP, List.of(PCD + "hyp_cod.csv"));
        FILES.put(Register.DM, List.of(PCD + "dm_cod.csv"));
        FILES.put(Register.NDH, List.of(PCD + "ndh_cod.csv"));
        FILES.put(Register.CHD, List.of(PCD + "chd_cod.csv"));
        FILES.put(Register.AF, List.of(PCD + "afib_cod.csv"));
        FILES.put(Register.STIA, List.of(PCD + "strk_cod.csv", PCD + "tia_cod.csv"));
        FILES.put(Register.HF, List.of(PCD + "hf_cod.csv"));
        FILES.put(Register.PAD, List.of(PCD + "pad_cod.csv"));
        FILES.put(Register.CKD, List.of(PCD + "ckd_cod.csv"));
        FILES.put(Register.COPD, List.of(PCD + "copd_cod.csv"));
        FILES.put(Register.AST, List.of(PCD + "ast_cod.csv"));
        FILES.put(Register.CAN, List.of("local/local-cancer-register-snomed.csv"));
        FILES.put(Register.DEM, List.of(PCD + "dem_cod.csv"));
        FILES.put(Register.DEP, List.of(PCD + "depr_cod.csv"));
        FILES.put(Register.MH, List.of(PCD + "mh_cod.csv"));
        FILES.put(Register.LD, List.of(PCD + "ld_cod.csv"));
        FILES.put(Register.EP, List.of(PCD + "epil_cod.csv"));
        FILES.put(Register.OST, List.of(PCD + "osteo_cod.csv"));
        FILES.put(Register.RA, List.of(PCD + "rarth_cod.csv"));
        FILES.put(Register.PC, List.of(PCD + "palcare_cod.csv"));
    }

    private RegisterCodelists() {
    }

    /** SNOMED CT code to the bit mask of registers whose lists contain it. */
    public static Map<String, Integer> masks(CodelistLibrary lib) {
        Map<String, Integer> out = new HashMap<>();
        FILES.forEach((r, files) -> files.forEach(f -> lib.get(f, CodeSystem.SNOMED).codes()
                .forEach(code -> out.merge(code, r.bit(), (a, b) -> a | b))));
        return out;
    }
}
