package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import org.junit.jupiter.api.Test;

/** A users file that would lock someone out or in by mistake stops the start. */
class UserDirectoryTest {

    private static final String HASH = "$2a$10$E8EQPcfk./.XXrxR1CQBWewTDbwroqv0Al/aiYMd9PpEpEULe4jyK";

    @Test
    void plainTextPasswordsAreRefused() {
        assertThatThrownBy(() -> directory(new ConfiguredUser("kari", "demo", List.of("MANAGER"), List.of(), List.of())))
                .hasMessageContaining("bcrypt");
    }

    @Test
    void unknownRolesTrustsAndRegionsAreRefused() {
        assertThatThrownBy(() -> directory(new ConfiguredUser("kari", HASH, List.of("CLERK"), List.of(), List.of())))
                .hasMessageContaining("unknown role");
        assertThatThrownBy(() -> directory(new ConfiguredUser("kari", HASH, List.of("SECRETARY"), List.of("983974695"), List.of())))
                .hasMessageContaining("unknown health trust");
        assertThatThrownBy(() -> directory(new ConfiguredUser("kari", HASH, List.of("SECRETARY"), List.of(), List.of("Helse Midt RHF"))))
                .hasMessageContaining("unknown region");
    }

    @Test
    void aUserWithoutRolesOrDefinedTwiceIsRefused() {
        assertThatThrownBy(() -> directory(new ConfiguredUser("kari", HASH, List.of(), List.of(), List.of())))
                .hasMessageContaining("no role");
        ConfiguredUser kari = new ConfiguredUser("kari", HASH, List.of("MANAGER"), List.of(), List.of());
        assertThatThrownBy(() -> new UserDirectory(List.of(kari, kari), CsvPartyCatalogue.fromClasspath()))
                .hasMessageContaining("twice");
    }

    private static UserDirectory directory(ConfiguredUser user) {
        return new UserDirectory(List.of(user), CsvPartyCatalogue.fromClasspath());
    }
}
