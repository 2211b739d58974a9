/** Everything recorded about one patient: conditions, observations, medicines, prevention and activity. */
package org.derwent.synth.record;
