/**
 * Parallel reading: batches of input records are parsed and validated on worker threads into recorded outcomes,
 * which the loading thread replays in input order into the staging sink; for NDJSON the workers also write their
 * rows themselves (each through its own appenders), and only the counting is replayed.
 */
package org.derwent.ingest.parallel;
