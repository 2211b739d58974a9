/** Codelists in OpenCodelists CSV form (code, term; one coding system per list), read from files. */
package org.derwent.measures.codelist;
