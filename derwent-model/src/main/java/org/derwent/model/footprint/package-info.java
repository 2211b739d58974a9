/**
 * The ICS footprint: ICB, Places, ICP footprints, districts, PCNs, practices, LSOAs and providers,
 * read from a configuration directory ({@code ics.json} plus CSV tables). See docs/footprint-config.md.
 */
package org.derwent.model.footprint;
