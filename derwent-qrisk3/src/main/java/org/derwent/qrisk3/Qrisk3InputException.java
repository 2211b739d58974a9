/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

/** An input QRISK3 cannot score; names the input (ClinRisk term name), the value and what was expected. */
public final class Qrisk3InputException extends IllegalArgumentException {
    private final String field;
    private final String value;
    private final String expected;

    public Qrisk3InputException(String field, String value, String expected) {
        super(field + " '" + value + "': expected " + expected);
        this.field = field;
        this.value = value;
        this.expected = expected;
    }

    /** What a valid value looks like. */
    public String expected() {
        return expected;
    }

    /** The input's name as in the ClinRisk source (for example {@code sbp}). */
    public String field() {
        return field;
    }

    /** The offending value as given. */
    public String value() {
        return value;
    }
}
