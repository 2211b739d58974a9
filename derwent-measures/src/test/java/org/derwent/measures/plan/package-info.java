/** Tests of the plan analyses that decide which patients a run needs. */
package org.derwent.measures.plan;
