/** Tests of the load and benchmark commands. */
package org.derwent.cli.ingest;
