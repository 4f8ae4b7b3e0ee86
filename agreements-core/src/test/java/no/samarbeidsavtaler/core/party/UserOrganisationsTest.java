package no.samarbeidsavtaler.core.party;

import static no.samarbeidsavtaler.core.party.CsvPartyCatalogue.fromClasspath;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The user organisations named in the seed documents, looked up by slug. */
class UserOrganisationsTest {

    @Test
    void theSevenOrganisationsNamedInTheSeeds() {
        assertThat(fromClasspath().userOrganisations()).extracting(UserOrganisation::slug).containsExactly(
                "diabetesforbundet", "ffo", "norsk-psoriasisforbund", "norges-blindforbund",
                "norsk-revmatikerforbund", "kreftforeningen", "unge-funksjonshemmede");
    }

    @Test
    void lookupBySlug() {
        assertThat(fromClasspath().userOrganisation("ffo")).hasValue(
                new UserOrganisation("ffo", "Funksjonshemmedes fellesorganisasjon (FFO)"));
        assertThat(fromClasspath().userOrganisation("FFO")).isEmpty(); // slugs are exact, lower case
    }
}
