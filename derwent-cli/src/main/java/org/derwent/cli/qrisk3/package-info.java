/** The {@code qrisk3} command: scores a CSV of QRISK3-2017 inputs (docs/qrisk3.md). */
package org.derwent.cli.qrisk3;
