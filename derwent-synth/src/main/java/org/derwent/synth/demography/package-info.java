/** Who the patients are: age and sex per practice, residence LSOA, ethnicity and names. */
package org.derwent.synth.demography;
