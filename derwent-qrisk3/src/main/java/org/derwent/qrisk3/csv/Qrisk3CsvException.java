/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

/** A CSV file that cannot be scored; the message names the file, the line and, for a bad cell, column and value. */
public final class Qrisk3CsvException extends RuntimeException {
    public Qrisk3CsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
