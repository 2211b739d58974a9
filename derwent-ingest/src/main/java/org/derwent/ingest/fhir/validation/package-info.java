/** Opt-in validation of FHIR resources against the base R4 StructureDefinitions with HAPI FHIR (load --validate). */
package org.derwent.ingest.fhir.validation;
