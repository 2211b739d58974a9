/** Test tooling for any module: small synthetic populations on disk, generated once per JVM and reused. */
package org.derwent.testkit;
