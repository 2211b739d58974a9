/** Who may see which rows: the footprint hierarchy and each user's scope, turned into bound SQL predicates. */
package org.derwent.server.scope;
