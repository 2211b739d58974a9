/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
/**
 * QRISK3-2017 10-year cardiovascular disease risk: inputs, the calculator and its result, and ClinRisk's disclaimer.
 * See docs/qrisk3.md.
 */
package org.derwent.qrisk3;
