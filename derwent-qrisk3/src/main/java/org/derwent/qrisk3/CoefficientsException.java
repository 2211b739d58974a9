/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

/** The QRISK3 coefficients file is unreadable or does not have the published structure; names the file and the key. */
public final class CoefficientsException extends RuntimeException {
    public CoefficientsException(String message) {
        super(message);
    }

    public CoefficientsException(String message, Throwable cause) {
        super(message, cause);
    }
}
