package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.Municipality;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.UserOrganisation;

/** Helse Fonna HF and its 16 municipalities, plus two user organisations: enough for aggregate tests. */
final class FakePartyCatalogue implements PartyCatalogue {

    static final List<String> HELSE_FONNA_MUNICIPALITIES = List.of("1106", "1134", "1135", "1145", "1146", "1149",
            "1151", "1160", "4611", "4612", "4613", "4614", "4615", "4616", "4617", "4618");

    private static final HealthTrust HELSE_FONNA = new HealthTrust(new OrganisationNumber("983974694"),
            "Helse Fonna HF", "Helse Vest RHF", new OrganisationNumber("983658725"));

    @Override
    public List<HealthTrust> healthTrusts() {
        return List.of(HELSE_FONNA);
    }

    @Override
    public Optional<HealthTrust> healthTrust(OrganisationNumber number) {
        return HELSE_FONNA.organisationNumber().equals(number) ? Optional.of(HELSE_FONNA) : Optional.empty();
    }

    @Override
    public Optional<Municipality> municipality(MunicipalityNumber number) {
        return HELSE_FONNA_MUNICIPALITIES.contains(number.value())
                ? Optional.of(new Municipality(number, "Kommune " + number, "", LocalDate.of(2020, 1, 1), null))
                : Optional.empty();
    }

    @Override
    public List<Municipality> currentMunicipalities() {
        return HELSE_FONNA_MUNICIPALITIES.stream().map(MunicipalityNumber::new).map(this::municipality)
                .map(Optional::orElseThrow).toList();
    }

    @Override
    public List<MunicipalityNumber> currentSuccessors(MunicipalityNumber number) {
        return List.of(number);
    }

    @Override
    public List<MunicipalityNumber> predecessorsAndSelf(MunicipalityNumber current) {
        return List.of(current);
    }

    @Override
    public List<MunicipalityNumber> catchmentArea(OrganisationNumber healthTrust) {
        return HELSE_FONNA_MUNICIPALITIES.stream().map(MunicipalityNumber::new).toList();
    }

    @Override
    public List<UserOrganisation> userOrganisations() {
        return List.of(new UserOrganisation("diabetesforbundet", "Diabetesforbundet"),
                new UserOrganisation("ffo", "Funksjonshemmedes fellesorganisasjon (FFO)"));
    }

    @Override
    public Optional<UserOrganisation> userOrganisation(String slug) {
        return userOrganisations().stream().filter(u -> u.slug().equals(slug)).findFirst();
    }
}
