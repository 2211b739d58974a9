package org.derwent.server.security;

/**
 * A signed-in user: who they are, their role and the area their role is bound to (null for ICB-wide roles).
 */
public record Principal(String username, String displayName, Role role, String areaCode) {
}
