/** Disclosure control (suppress small counts, round the rest) applied to every non-direct-care output. */
package org.derwent.server.disclosure;
