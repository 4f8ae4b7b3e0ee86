package no.samarbeidsavtaler.api.security;

import java.util.Locale;
import java.util.Optional;

/** What a user may do in the registry. A user can hold several roles. */
public enum Role {
    /** Sekretariat: records agreements, for the health trusts or regions assigned to them. */
    SECRETARY,
    /** Leder: reads. */
    MANAGER,
    /** Revisor: reads, history, as-recorded-at, exports and verification; each such read is logged. */
    AUDITOR,
    /** Administrator: users, reference data, projection rebuilds. */
    ADMIN;

    /** Spring Security authority, e.g. {@code ROLE_SECRETARY}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role as written in event metadata ({@code actorRole}). */
    public String metadataValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive, with or without a {@code ROLE_} prefix; empty for names we do not know. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalized = name.strip().toUpperCase(Locale.ROOT);
        if (normalized.startsWith("ROLE_")) {
            normalized = normalized.substring(5);
        }
        for (Role role : values()) {
            if (role.name().equals(normalized)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
