/** Commands of the synthetic population generator: {@code generate} and {@code calibration}. */
package org.derwent.cli.synth;
