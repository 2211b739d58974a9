package org.derwent.ingest.quality;

import java.util.List;

/**
 * A code that is impossible for one recorded sex: obstetric and female-organ codes for males, prostate codes for
 * females. {@code prefix} matches codes starting with it (ICD-10 chapters); exact SNOMED CT codes otherwise.
 */
public record SexRule(String description, String impossibleForSex, String codeSystem, String code, boolean prefix) {

    /** The rules the quality report checks. */
    public static final List<SexRule> RULES = List.of(
            new SexRule("pregnancy, childbirth and the puerperium (ICD-10 chapter O) in a male", "M", "icd10", "O", true),
            new SexRule("cancer of cervix uteri (ICD-10 C53) in a male", "M", "icd10", "C53", true),
            new SexRule("cancer of ovary (ICD-10 C56) in a male", "M", "icd10", "C56", true),
            new SexRule("pregnancy (SNOMED CT 77386006) in a male", "M", "snomed", "77386006", false),
            new SexRule("normal pregnancy (SNOMED CT 72892002) in a male", "M", "snomed", "72892002", false),
            new SexRule("prostate cancer (ICD-10 C61) in a female", "F", "icd10", "C61", true),
            new SexRule("benign prostatic hyperplasia (ICD-10 N40) in a female", "F", "icd10", "N40", true),
            new SexRule("malignant tumour of prostate (SNOMED CT 399068003) in a female", "F", "snomed", "399068003", false),
            new SexRule("benign prostatic hyperplasia (SNOMED CT 266569009) in a female", "F", "snomed", "266569009", false));

    /** The rule's SQL match on a {@code code} column, with {@link #pattern()} as its bind value. */
    String matchSql() {
        return prefix ? "code LIKE ?" : "code = ?";
    }

    String pattern() {
        return prefix ? code + "%" : code;
    }
}
