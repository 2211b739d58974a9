package org.derwent.model.footprint;

/** A Primary Care Network by ODS code. */
public record Pcn(String code, String name, String postcode) {
}
