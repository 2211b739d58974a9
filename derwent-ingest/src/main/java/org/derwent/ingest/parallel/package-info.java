/**
 * Parallel reading: batches of input records are parsed and validated on worker threads into recorded outcomes,
 * which the loading thread replays in input order into the single-threaded staging appenders.
 */
package org.derwent.ingest.parallel;
