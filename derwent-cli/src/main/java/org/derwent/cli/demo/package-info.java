/** {@code derwent demo}: the whole pipeline on the default synthetic population, then the web app. */
package org.derwent.cli.demo;
