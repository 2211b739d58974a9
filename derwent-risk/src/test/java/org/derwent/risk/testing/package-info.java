/** Test fixtures: the documented store tables and a seeded simulated population for risk tests and benchmarks. */
package org.derwent.risk.testing;
