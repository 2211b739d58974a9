/** The measure language: the typed tree of codelists, variables, indicators and case lists, and its parser. */
package org.derwent.measures.lang;
