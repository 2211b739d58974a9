/** The {@code derwent risk} command: trains, validates and scores the emergency-admission risk models. */
package org.derwent.cli.risk;
