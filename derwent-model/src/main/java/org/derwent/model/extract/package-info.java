/** The CSV flat-extract layout and FHIR identifier conventions shared by the generator and the loader. */
package org.derwent.model.extract;
