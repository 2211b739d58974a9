/** Finding and opening input files: format detection, strict UTF-8 reading, content hashes. */
package org.derwent.ingest.source;
