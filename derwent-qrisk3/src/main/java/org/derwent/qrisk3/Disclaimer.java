/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

/**
 * ClinRisk Ltd.'s disclaimer ("additional terms" of the QRISK3-2017 LGPL source), which must be held together with
 * any QRISK3 score: wherever a score is displayed, show this text or a prominent link to it.
 *
 * <p>Verbatim from the header of ClinRisk's QRISK3-2017 C source as published in {@code sisuhealthgroup/qrisk3}
 * {@code src/original/qrisk3.c} @ f1815fbf60013c66c558971555febf9a40c362bb (the copy cited in
 * reference/methods/qrisk3-2017.md); only the line breaks differ.
 */
public final class Disclaimer {
    /** The disclaimer text, verbatim. */
    public static final String TEXT = """
            The initial version of this file, to be found at http://svn.clinrisk.co.uk/opensource/qrisk2, \
            faithfully implements QRISK3-2017. ClinRisk Ltd. have released this code under the GNU Lesser General \
            Public License to enable others to implement the algorithm faithfully. However, the nature of the GNU \
            Lesser General Public License is such that we cannot prevent, for example, someone accidentally altering \
            the coefficients, getting the inputs wrong, or just poor programming. ClinRisk Ltd. stress, therefore, \
            that it is the responsibility of the end user to check that the source that they receive produces the \
            same results as the original code found at https://qrisk.org. Inaccurate implementations of risk scores \
            can lead to wrong patients being given the wrong treatment.""";

    /** A one-line heading naming the algorithm and the implementation, shown above {@link #TEXT}. */
    public static final String HEADING = "QRISK3-2017 (ClinRisk Ltd., https://qrisk.org), implemented by Derwent "
            + "(derwent-qrisk3, LGPL-3.0). Disclaimer:";

    private Disclaimer() {
    }

    /** Heading and text, ready to print beside a score. */
    public static String notice() {
        return HEADING + System.lineSeparator() + TEXT;
    }
}
