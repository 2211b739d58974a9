/** The calibration report: a generated CSV extract compared with the configuration's reference data. */
package org.derwent.synth.calibration;
