package no.samarbeidsavtaler.api.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user from the users file (or the demo set), with its bcrypt hash and scope. */
public record RegistryUserDetails(Actor actor, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(actor);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.id();
    }

    static List<GrantedAuthority> authorities(Actor actor) {
        return actor.roles().stream().sorted().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String toString() {
        return "RegistryUserDetails[" + actor + "]";
    }
}
