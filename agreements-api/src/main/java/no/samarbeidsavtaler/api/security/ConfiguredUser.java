package no.samarbeidsavtaler.api.security;

import java.util.List;

/** One entry of a users file, as written there (not yet checked). */
public record ConfiguredUser(String username, String passwordHash, List<String> roles, List<String> healthTrusts,
                             List<String> regions) {
}
