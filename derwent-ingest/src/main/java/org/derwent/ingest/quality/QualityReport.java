package org.derwent.ingest.quality;

import java.util.List;
import java.util.Map;

/**
 * The quality of a store: one section per dimension. Rows are maps of column name to value so the JSON and the
 * Markdown show the same columns; each section's columns are listed in docs/quality.md.
 *
 * @param extractDate  latest extract date over all loads (timeliness is measured against it)
 * @param loads        per load: counts read/loaded/quarantined/skipped and quarantine reasons
 * @param completeness per practice (the source organisation of people), plus a total row
 * @param validity     per table, code system and source organisation: malformed codes; and implausible values
 * @param consistency  events before birth or after death, sex-specific codes in the other sex
 * @param uniqueness   repeated record ids (quarantined) and duplicate rows under different ids
 * @param timeliness   per source organisation: latest event date and lag behind the extract date
 */
public record QualityReport(String store, String generatedAt, String extractDate, List<Map<String, Object>> loads,
                            List<Map<String, Object>> completeness, Map<String, List<Map<String, Object>>> validity,
                            Map<String, List<Map<String, Object>>> consistency,
                            Map<String, List<Map<String, Object>>> uniqueness, List<Map<String, Object>> timeliness) {
}
