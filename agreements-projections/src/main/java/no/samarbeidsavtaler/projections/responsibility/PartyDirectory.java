package no.samarbeidsavtaler.projections.responsibility;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.Municipality;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.core.party.UserOrganisation;

/**
 * The party catalogue as the read side needs it: tolerant of identifiers that are malformed or unknown
 * (history keeps what was recorded), which then stand for themselves.
 */
final class PartyDirectory {

    private final PartyCatalogue catalogue;

    PartyDirectory(PartyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The number itself and every number whose area is now (partly) in it, e.g. 4618 → 4618, 1227, 1228, 1231. */
    Set<String> lineage(String municipality) {
        Set<String> numbers = new LinkedHashSet<>();
        numbers.add(municipality);
        municipalityNumber(municipality).ifPresent(n ->
                catalogue.predecessorsAndSelf(n).forEach(p -> numbers.add(p.value())));
        return numbers;
    }

    /** The current numbers a recorded number became (itself when unknown). */
    List<String> currentSuccessors(String municipality) {
        List<String> current = municipalityNumber(municipality)
                .map(n -> catalogue.currentSuccessors(n).stream().map(MunicipalityNumber::value).toList())
                .orElse(List.of());
        return current.isEmpty() ? List.of(municipality) : current;
    }

    List<String> catchmentArea(String healthTrust) {
        return organisationNumber(healthTrust)
                .map(n -> catalogue.catchmentArea(n).stream().map(MunicipalityNumber::value).toList())
                .orElse(List.of());
    }

    String name(PartyRef party) {
        Optional<String> name = switch (party.kind()) {
            case HEALTH_TRUST -> organisationNumber(party.id()).flatMap(catalogue::healthTrust).map(HealthTrust::name);
            case MUNICIPALITY -> municipalityNumber(party.id()).flatMap(catalogue::municipality).map(Municipality::name);
            case USER_ORGANISATION -> catalogue.userOrganisation(party.id()).map(UserOrganisation::name);
        };
        return name.orElse(party.id());
    }

    String municipalityName(String number) {
        return municipalityNumber(number).flatMap(catalogue::municipality).map(Municipality::name).orElse(number);
    }

    String trustName(String orgnr) {
        return organisationNumber(orgnr).flatMap(catalogue::healthTrust).map(HealthTrust::name).orElse(orgnr);
    }

    static Optional<MunicipalityNumber> municipalityNumber(String value) {
        return MunicipalityNumber.isValid(value) ? Optional.of(new MunicipalityNumber(value)) : Optional.empty();
    }

    static Optional<OrganisationNumber> organisationNumber(String value) {
        return OrganisationNumber.isValid(value) ? Optional.of(new OrganisationNumber(value)) : Optional.empty();
    }
}
