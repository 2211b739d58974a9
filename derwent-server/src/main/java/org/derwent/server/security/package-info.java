/** Accounts, Argon2id password hashing, roles and sessions. Scope rules live in {@code org.derwent.server.scope}. */
package org.derwent.server.security;
