/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the QRISK3-2017 coefficients JSON (a copy of reference/methods/qrisk3-2017-coefficients.json) into one
 * {@link SexEquation} per sex. Every key is checked: a missing or unknown key is an error naming the file and the
 * JSON path, so a damaged file can never score silently.
 */
final class CoefficientsLoader {
    static final String RESOURCE = "qrisk3-2017-coefficients.json";
    private static final Pattern AGE = Pattern.compile(
            "dage=age/10; age_1=dage(?:\\^(-?\\d+))?; age_2=dage(?:\\^(-?\\d+))?");
    private static final String BMI = "dbmi=bmi/10; bmi_1=dbmi^-2; bmi_2=dbmi^-2*ln(dbmi)";
    private static final Set<String> SEX_KEYS = Set.of("survivor_10y", "age_transform", "bmi_transform", "centre",
            "Iethrisk", "Ismoke", "cont", "bool", "age_1_x", "age_2_x");

    private final String file;

    private CoefficientsLoader(String file) {
        this.file = file;
    }

    /** Loads the bundled coefficients. */
    static Map<Sex, SexEquation> bundled() {
        try (InputStream in = CoefficientsLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CoefficientsException("QRISK3 coefficients resource " + RESOURCE + " is missing from the classpath");
            }
            return load(in, RESOURCE);
        } catch (IOException e) {
            throw new CoefficientsException("cannot read QRISK3 coefficients " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Loads coefficients from a stream; {@code file} names it in error messages. */
    static Map<Sex, SexEquation> load(InputStream in, String file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        CoefficientsLoader l = new CoefficientsLoader(file);
        return Map.of(Sex.FEMALE, l.sex(root, "female", Sex.FEMALE), Sex.MALE, l.sex(root, "male", Sex.MALE));
    }

    private SexEquation sex(JsonNode root, String name, Sex sex) {
        JsonNode n = root.get(name);
        if (n == null || !n.isObject()) {
            throw fail(name, "missing");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!SEX_KEYS.contains(k)) {
                throw fail(name + "." + k, "unknown key");
            }
        }
        Matcher m = AGE.matcher(required(n, "age_transform", name).asText());
        if (!m.matches()) {
            throw fail(name + ".age_transform", "expected 'dage=age/10; age_1=dage^p; age_2=dage^q'");
        }
        if (!BMI.equals(required(n, "bmi_transform", name).asText())) {
            throw fail(name + ".bmi_transform", "expected '" + BMI + "'");
        }
        SexEquation e = new SexEquation(sex, number(n, "survivor_10y", name),
                m.group(1) == null ? 1 : Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
        array(n, "Iethrisk", name, e.ethnicity);
        array(n, "Ismoke", name, e.smoking);
        JsonNode centre = required(n, "centre", name);
        JsonNode cont = required(n, "cont", name);
        for (Continuous c : Continuous.values()) {
            e.centre[c.ordinal()] = number(centre, c.term(), name + ".centre");
            e.continuous[c.ordinal()] = number(cont, c.term(), name + ".cont");
        }
        onlyKeys(centre, name + ".centre", Continuous.values().length);
        onlyKeys(cont, name + ".cont", Continuous.values().length);
        binary(required(n, "bool", name), name + ".bool", e);
        interactions(required(n, "age_1_x", name), name + ".age_1_x", e, 0);
        interactions(required(n, "age_2_x", name), name + ".age_2_x", e, 1);
        return e;
    }

    private void binary(JsonNode bool, String path, SexEquation e) {
        for (Iterator<Map.Entry<String, JsonNode>> it = bool.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            double v = value(f.getValue(), path + "." + f.getKey());
            Qrisk3Flag flag = flag(f.getKey());
            Diabetes d = diabetes(f.getKey());
            if (flag != null) {
                e.flag[flag.ordinal()] = v;
                e.flagIsTerm[flag.ordinal()] = true;
            } else if (d != null) {
                e.diabetes[d.ordinal()] = v;
            } else {
                throw fail(path + "." + f.getKey(), "unknown binary term");
            }
        }
        for (Qrisk3Flag f : Qrisk3Flag.values()) {
            if (!e.flagIsTerm[f.ordinal()] && !(f == Qrisk3Flag.ERECTILE_DYSFUNCTION && e.sex == Sex.FEMALE)) {
                throw fail(path + "." + f.term(), "missing");
            }
        }
        for (Diabetes d : Diabetes.values()) {
            if (d != Diabetes.NONE && !bool.has(d.term())) {
                throw fail(path + "." + d.term(), "missing");
            }
        }
    }

    private void interactions(JsonNode x, String path, SexEquation e, int which) {
        for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = f.getKey();
            double v = value(f.getValue(), path + "." + k);
            Continuous c = Continuous.ofTerm(k);
            if (k.matches("smoke[1-4]")) {
                e.smokeByAge[which][k.charAt(5) - '0'] = v;
            } else if (flag(k) != null && e.hasTerm(flag(k))) {
                e.flagByAge[which][flag(k).ordinal()] = v;
            } else if (diabetes(k) != null) {
                e.diabetesByAge[which][diabetes(k).ordinal()] = v;
            } else if (c != null && c != Continuous.AGE_1 && c != Continuous.AGE_2) {
                e.continuousByAge[which][c.ordinal()] = v;
            } else {
                throw fail(path + "." + k, "unknown interaction term");
            }
        }
    }

    private static Qrisk3Flag flag(String term) {
        for (Qrisk3Flag f : Qrisk3Flag.values()) {
            if (f.term().equals(term)) {
                return f;
            }
        }
        return null;
    }

    private static Diabetes diabetes(String term) {
        for (Diabetes d : Diabetes.values()) {
            if (term.equals(d.term())) {
                return d;
            }
        }
        return null;
    }

    private void array(JsonNode n, String key, String path, double[] into) {
        JsonNode a = required(n, key, path);
        if (!a.isArray() || a.size() != into.length) {
            throw fail(path + "." + key, "expected an array of " + into.length + " numbers");
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = value(a.get(i), path + "." + key + "[" + i + "]");
        }
    }

    private void onlyKeys(JsonNode n, String path, int expected) {
        if (n.size() != expected) {
            throw fail(path, "expected exactly " + expected + " keys, found " + n.size());
        }
    }

    private double number(JsonNode n, String key, String path) {
        return value(required(n, key, path), path + "." + key);
    }

    private double value(JsonNode v, String path) {
        if (!v.isNumber()) {
            throw fail(path, "expected a number, found '" + v + "'");
        }
        return v.doubleValue();
    }

    private JsonNode required(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw fail(path + "." + key, "missing");
        }
        return v;
    }

    private CoefficientsException fail(String path, String problem) {
        return new CoefficientsException("QRISK3 coefficients " + file + ": " + path + ": " + problem);
    }
}
