package no.samarbeidsavtaler.api.security;

import java.util.Set;

/**
 * The authenticated user as the registry sees it, whatever the login method.
 *
 * @param id           recorded as {@code actorId} in events: username, or the JWT subject
 * @param roles        what the user may do
 * @param healthTrusts organisation numbers of the health trusts (HF) a secretary records for
 * @param regions      regional health authorities (RHF, by name or organisation number) a secretary
 *                     records for; an RHF covers all its health trusts
 */
public record Actor(String id, Set<Role> roles, Set<String> healthTrusts, Set<String> regions) {

    public Actor {
        roles = Set.copyOf(roles);
        healthTrusts = Set.copyOf(healthTrusts);
        regions = Set.copyOf(regions);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
