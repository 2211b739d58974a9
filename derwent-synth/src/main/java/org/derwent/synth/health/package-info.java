/** QOF registers: the per-register risk models, their per-practice calibration, and the practice cohort. */
package org.derwent.synth.health;
