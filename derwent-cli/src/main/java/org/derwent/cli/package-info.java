/** The {@code derwent} command line: one picocli command class per sub-command. */
package org.derwent.cli;
