/** Runs a compiled measure plan on a store connection: temporary tables, grouped counts per breakdown. */
package org.derwent.measures.run;
