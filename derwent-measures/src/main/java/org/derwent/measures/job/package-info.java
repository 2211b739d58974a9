/** A complete measures run: every indicator by every breakdown, monthly series, inequality, stored in the store. */
package org.derwent.measures.job;
