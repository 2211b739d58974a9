/** The {@code load} and {@code quality} commands: loading extracts into the store and reporting their quality. */
package org.derwent.cli.ingest;
