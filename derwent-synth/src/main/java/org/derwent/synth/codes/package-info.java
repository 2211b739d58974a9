/** Codelists read from reference/codelists and the catalogue of real codes the generator writes. */
package org.derwent.synth.codes;
