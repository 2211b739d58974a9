/** Tests of the demo's reuse rule: step fingerprints and the demo_step table. */
package org.derwent.cli.demo;
