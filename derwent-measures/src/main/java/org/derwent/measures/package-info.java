/** The measure engine: declarative definitions under {@code measures/}, compiled to SQL and run on the store. */
package org.derwent.measures;
