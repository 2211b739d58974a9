/** Synthetic population generator: calibrated patients, their records, and the CSV and FHIR writers. */
package org.derwent.synth;
