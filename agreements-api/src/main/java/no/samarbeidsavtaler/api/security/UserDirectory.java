package no.samarbeidsavtaler.api.security;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The local users (users file plus, when active, the demo set). Checked once at startup: a user
 * with a plain-text password, an unknown role or a health trust the reference data does not know
 * stops the application rather than silently locking someone out (or in).
 */
public class UserDirectory implements UserDetailsService {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private final Map<String, RegistryUserDetails> users = new LinkedHashMap<>();

    public UserDirectory(List<ConfiguredUser> configured, PartyCatalogue parties) {
        Set<String> knownRegions = new HashSet<>();
        for (HealthTrust trust : parties.healthTrusts()) {
            knownRegions.add(trust.regionalHealthAuthority());
            knownRegions.add(trust.regionalHealthAuthorityNumber().value());
        }
        for (ConfiguredUser user : configured) {
            RegistryUserDetails details = check(user, parties, knownRegions);
            if (users.putIfAbsent(details.getUsername(), details) != null) {
                throw new IllegalStateException("User '" + user.username() + "' is defined twice");
            }
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        RegistryUserDetails user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return user;
    }

    public Set<String> usernames() {
        return users.keySet();
    }

    private static RegistryUserDetails check(ConfiguredUser user, PartyCatalogue parties, Set<String> knownRegions) {
        if (user.username() == null || !user.username().matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalStateException("Invalid username '" + user.username() + "'");
        }
        String hash = user.passwordHash() == null ? "" : user.passwordHash().replaceFirst("^\\{bcrypt}", "");
        if (!BCRYPT.matcher(hash).matches()) {
            throw new IllegalStateException("User '" + user.username() + "': passwordHash must be a bcrypt hash");
        }
        Set<Role> roles = new HashSet<>();
        for (String name : user.roles()) {
            roles.add(Role.parse(name).orElseThrow(() ->
                    new IllegalStateException("User '" + user.username() + "': unknown role '" + name + "'")));
        }
        if (roles.isEmpty()) {
            throw new IllegalStateException("User '" + user.username() + "' has no role");
        }
        for (String trust : user.healthTrusts()) {
            if (!OrganisationNumber.isValid(trust) || parties.healthTrust(new OrganisationNumber(trust)).isEmpty()) {
                throw new IllegalStateException("User '" + user.username() + "': unknown health trust '" + trust + "'");
            }
        }
        for (String region : user.regions()) {
            if (!knownRegions.contains(region)) {
                throw new IllegalStateException("User '" + user.username() + "': unknown region '" + region + "'");
            }
        }
        Actor actor = new Actor(user.username(), roles, Set.copyOf(user.healthTrusts()), Set.copyOf(user.regions()));
        return new RegistryUserDetails(actor, hash);
    }
}
