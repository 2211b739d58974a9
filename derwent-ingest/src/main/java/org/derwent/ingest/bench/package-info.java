/** Load benchmark: generates or reads a large input and prints records per second, seconds and peak memory. */
package org.derwent.ingest.bench;
