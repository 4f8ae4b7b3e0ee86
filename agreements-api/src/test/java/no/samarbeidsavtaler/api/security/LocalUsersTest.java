package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Which local users exist, decided from properties alone (no MongoDB is started: the users are
 * configured before any store is touched).
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalUsersTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(LocalUsersConfiguration.class)
            .withBean(PartyCatalogue.class, CsvPartyCatalogue::fromClasspath);

    @Test
    void demoUsersAreOnWithTheEmbeddedStoreAndSaySo(CapturedOutput output) {
        context.withPropertyValues("agreements.store.uri=").run(app -> {
            UserDirectory users = app.getBean(UserDirectory.class);
            assertThat(users.usernames()).containsExactlyInAnyOrder("secretary", "manager", "auditor", "admin");
            var secretary = (RegistryUserDetails) users.loadUserByUsername("secretary");
            assertThat(secretary.actor().healthTrusts()).containsExactly("983974694");
            assertThat(new BCryptPasswordEncoder().matches("demo", secretary.getPassword())).isTrue();
            assertThat(secretary.getPassword()).doesNotContain("demo");
        });
        assertThat(output).contains("Demo users ACTIVE");
    }

    @Test
    void demoUsersAreOffWhenAMongoUriIsConfigured(CapturedOutput output) {
        context.withPropertyValues("agreements.store.uri=mongodb://db1.example:27017,db2.example:27017/?replicaSet=rs0")
                .run(app -> assertThat(app.getBean(UserDirectory.class).usernames()).isEmpty());
        assertThat(output).contains("Demo users off (a MongoDB URI is configured)").doesNotContain("Demo users ACTIVE");
    }

    @Test
    void demoUsersCanBeForcedOnWithAUriAndOffWithoutOne() {
        context.withPropertyValues("agreements.store.uri=mongodb://db1.example:27017", "agreements.security.demo-users=true")
                .run(app -> assertThat(app.getBean(UserDirectory.class).usernames()).contains("secretary"));
        context.withPropertyValues("agreements.store.uri=", "agreements.security.demo-users=false")
                .run(app -> assertThat(app.getBean(UserDirectory.class).usernames()).isEmpty());
    }

    @Test
    void aUsersFileAddsItsUsersWithTheirScope() {
        context.withPropertyValues("agreements.store.uri=mongodb://db1.example:27017",
                        "agreements.security.users-file=classpath:test-users.yml")
                .run(app -> {
                    UserDirectory users = app.getBean(UserDirectory.class);
                    assertThat(users.usernames()).containsExactlyInAnyOrder("secretary-bergen", "secretary-vest", "secretary-nord");
                    assertThat(((RegistryUserDetails) users.loadUserByUsername("secretary-vest")).actor().regions())
                            .containsExactly("Helse Vest RHF");
                });
    }

    @Test
    void aMissingConfiguredUsersFileStopsTheApplication() {
        context.withPropertyValues("agreements.security.users-file=file:/does/not/exist.yml")
                .run(app -> assertThat(app).hasFailed());
    }
}
