package org.derwent.model.footprint;

/** An Integrated Care Board: ODS code (e.g. QJ2), ONS code, sub-ICB location code and name. */
public record Icb(String code, String onsCode, String subIcbCode, String name) {
}
