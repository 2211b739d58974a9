/** Speed benchmark of the measure plan against hand-written per-indicator SQL on PostgreSQL. */
package org.derwent.measures.bench;
