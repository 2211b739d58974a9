/** Writers for the generated records: the CSV flat extract and FHIR R4 Bulk Data NDJSON. */
package org.derwent.synth.output;
