package org.derwent.ingest.row;

/**
 * The person a record belongs to: either a {@code personId} (pseudonymised NHS number, when the source named the
 * subject by NHS number) or a {@code sourceKey} (pseudonymised source patient id, resolved at merge).
 */
public record Subject(String personId, String sourceKey) {
    public Subject {
        if ((personId == null) == (sourceKey == null)) {
            throw new IllegalArgumentException("a subject has exactly one of person id and source key");
        }
    }

    public static Subject person(String personId) {
        return new Subject(personId, null);
    }

    public static Subject source(String sourceKey) {
        return new Subject(null, sourceKey);
    }
}
