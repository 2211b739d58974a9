package org.derwent.model.footprint;

/** A local authority district (lower-tier or unitary), by ONS code. */
public record District(String code, String name) {
}
