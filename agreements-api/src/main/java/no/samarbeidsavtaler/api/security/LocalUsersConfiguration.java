package no.samarbeidsavtaler.api.security;

import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.infra.config.RegistryStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users who log in with a password: those of the users file, plus the demo set when it is
 * active. The demo set is on by default only with the embedded store, so a deployment against a
 * real MongoDB never exposes well-known passwords unless someone asks for it in writing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, RegistryStoreProperties.class})
public class LocalUsersConfiguration {

    static final String DEMO_USERS = "classpath:demo-users.yml";
    private static final String DEFAULT_USERS_FILE = "classpath:users.yml";
    private static final Logger log = LoggerFactory.getLogger(LocalUsersConfiguration.class);

    /** bcrypt, with successful checks remembered for five minutes (see {@link VerifiedPasswordCache}). */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new VerifiedPasswordCache(new BCryptPasswordEncoder(), java.time.Duration.ofMinutes(5),
                java.time.Clock.systemUTC());
    }

    @Bean
    public UserDirectory userDirectory(SecurityProperties security, RegistryStoreProperties store,
                                       PartyCatalogue parties, ResourceLoader resources) {
        List<ConfiguredUser> users = new ArrayList<>(UsersFile.read(resources.getResource(security.usersFile()),
                DEFAULT_USERS_FILE.equals(security.usersFile())));
        int fromFile = users.size();
        boolean demo = security.demoUsersActive(store.embedded());
        if (demo) {
            users.addAll(UsersFile.read(resources.getResource(DEMO_USERS), false));
            log.warn("Demo users ACTIVE (secretary, manager, auditor, admin; password 'demo'){}",
                    store.embedded() ? " because the embedded store is used" : " because agreements.security.demo-users=true");
        } else {
            log.info("Demo users off{}", store.embedded() ? " (agreements.security.demo-users=false)" : " (a MongoDB URI is configured)");
        }
        UserDirectory directory = new UserDirectory(users, parties);
        log.info("Local users: {} from {}{}", fromFile, security.usersFile(), demo ? " plus " + (users.size() - fromFile) + " demo users" : "");
        return directory;
    }
}
