/** Server-rendered NHS.UK-style pages; charts are drawn in the browser from the JSON API. */
package org.derwent.server.web;
