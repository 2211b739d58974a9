/** Benchmarks run on demand ({@code -Dderwent.bench=true}); they print figures and assert only on errors. */
package org.derwent.server.bench;
