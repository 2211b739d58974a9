/**
 * Compiles a measure set into the long-format plan: codelists matched once against all event tables, pivoted into
 * one row of variables per patient, then every indicator aggregated over every breakdown in one grouped query.
 */
package org.derwent.measures.plan;
