/** Running a generation: options, allocation of patients to practices, parallel practice tasks, ordered output. */
package org.derwent.synth.generate;
