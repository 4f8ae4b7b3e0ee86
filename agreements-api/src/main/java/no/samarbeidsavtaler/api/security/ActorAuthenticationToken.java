package no.samarbeidsavtaler.api.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** An authentication whose principal is an {@link Actor}; produced from a validated JWT. */
public class ActorAuthenticationToken extends AbstractAuthenticationToken {

    private final Actor actor;
    private final Object credentials;

    public ActorAuthenticationToken(Actor actor, Object credentials, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.actor = actor;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.id();
    }
}
