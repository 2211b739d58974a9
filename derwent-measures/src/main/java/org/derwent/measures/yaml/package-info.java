/** A small YAML node tree that keeps the line of every node, read with Jackson's YAML streaming parser. */
package org.derwent.measures.yaml;
