/** Pseudonymisation at the boundary: keyed HMAC-SHA256 of NHS numbers and source ids, and the key file. */
package org.derwent.ingest.pseudo;
