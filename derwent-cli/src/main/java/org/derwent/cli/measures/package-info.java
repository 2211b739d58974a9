/** The {@code measures} and {@code caselist} commands. */
package org.derwent.cli.measures;
