package no.samarbeidsavtaler.api.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps a validated JWT (HelseID or another OIDC provider) to an {@link Actor}. Claim names are
 * configurable because every provider names them differently; a claim may hold one value or a list.
 * Role values the registry does not know are ignored (the token may carry roles for other systems).
 */
public class JwtActorConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Oidc settings;

    public JwtActorConverter(SecurityProperties.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String id = jwt.getClaimAsString(settings.actorClaim());
        if (id == null || id.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "The token has no '" + settings.actorClaim() + "' claim", null));
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (String value : values(jwt, settings.rolesClaim())) {
            String name = value.startsWith(settings.rolePrefix()) ? value.substring(settings.rolePrefix().length()) : value;
            Role.parse(name).ifPresent(roles::add);
        }
        Actor actor = new Actor(id, roles, Set.copyOf(values(jwt, settings.trustsClaim())),
                Set.copyOf(values(jwt, settings.regionsClaim())));
        return new ActorAuthenticationToken(actor, jwt, RegistryUserDetails.authorities(actor));
    }

    private static List<String> values(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof Collection<?> many) {
            return many.stream().filter(v -> v != null).map(String::valueOf).map(String::strip).distinct().toList();
        }
        return Optional.ofNullable(value).map(String::valueOf).map(String::strip).stream().toList();
    }
}
