/** Per-person model features extracted from the store in SQL at an index date, with the outcome that follows it. */
package org.derwent.risk.features;
