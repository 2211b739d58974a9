package org.derwent.model.footprint;

/** A provider organisation by ODS code, with the kind of service it runs. */
public record Provider(String code, String name, ProviderKind kind) {
}
