/** Chart statistics the server draws from stored results: SPC limits and rules, funnel limits. */
package org.derwent.server.stats;
