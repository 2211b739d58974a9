/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
/**
 * QRISK3 inputs and scores as CSV, in the column names and codings of the ClinRisk source and the public test vectors
 * (the contract is in docs/qrisk3.md).
 */
package org.derwent.qrisk3.csv;
