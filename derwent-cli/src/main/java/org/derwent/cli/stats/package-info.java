/** The {@code derwent stats} command: public-health statistics and disclosure control on an analyst's CSV. */
package org.derwent.cli.stats;
