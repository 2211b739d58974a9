/** The {@code serve} command: starts the Derwent web server. */
package org.derwent.cli.serve;
