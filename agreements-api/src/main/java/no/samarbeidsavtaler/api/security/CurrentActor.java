package no.samarbeidsavtaler.api.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} behind the current request, whichever way it logged in. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The logged-in actor; the security chain guarantees one on every {@code /api} request. */
    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated actor on this request"));
    }

    public static Optional<Actor> find() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Actor> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Actor actor) {
            return Optional.of(actor);
        }
        if (principal instanceof RegistryUserDetails user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }
}
