/** The JSON/CSV/XLSX API: one class per resource, each reading the store through the user's scope. */
package org.derwent.server.api;
