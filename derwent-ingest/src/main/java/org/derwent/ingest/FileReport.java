package org.derwent.ingest;

/**
 * Outcome for one input file. {@code read = loaded + quarantined + skippedByType}. {@code status} is
 * {@code loaded}, {@code already-loaded} (same content in an earlier load) or {@code duplicate} (same content
 * as another file of this load).
 */
public record FileReport(String file, String format, String sha256, String status, long read, long loaded,
                         long quarantined, long skippedByType) {
}
