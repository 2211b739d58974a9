/** Field checks shared by the FHIR and CSV readers: dates, NHS numbers, code systems, numbers, masking. */
package org.derwent.ingest.check;
