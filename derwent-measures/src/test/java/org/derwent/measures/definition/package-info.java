/** Known-answer tests that the shipped indicators follow their published definitions (QOF, CVDPREVENT, NHS England). */
package org.derwent.measures.definition;
