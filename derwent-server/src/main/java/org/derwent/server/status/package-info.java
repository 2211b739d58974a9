/** What the server can answer yet: parts of the store (SPC series, risk scores) that are ready, being computed, or missing. */
package org.derwent.server.status;
