/** Small checkers run on measure definitions before they are compiled (in the spirit of OHDSI Circe's checks). */
package org.derwent.measures.check;
