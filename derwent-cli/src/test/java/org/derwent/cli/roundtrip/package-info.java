/** End-to-end tests across modules: the generator's output loaded by the real loader. */
package org.derwent.cli.roundtrip;
