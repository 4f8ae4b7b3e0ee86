package no.samarbeidsavtaler.api.ui.read;

import java.util.List;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.Municipality;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.core.party.UserOrganisation;
import org.springframework.stereotype.Component;

/**
 * Party names for the pages ({@code @parties} in templates). Tolerant like the read side: an identifier
 * the reference data does not know (history keeps what was recorded) is shown as itself.
 */
@Component("parties")
public class PartyNames {

    private final PartyCatalogue catalogue;

    public PartyNames(PartyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public String trust(String orgnr) {
        return OrganisationNumber.isValid(orgnr)
                ? catalogue.healthTrust(new OrganisationNumber(orgnr)).map(HealthTrust::name).orElse(orgnr) : orgnr;
    }

    public String municipality(String number) {
        return MunicipalityNumber.isValid(number)
                ? catalogue.municipality(new MunicipalityNumber(number)).map(Municipality::name).orElse(number) : number;
    }

    public String userOrganisation(String slug) {
        return catalogue.userOrganisation(slug).map(UserOrganisation::name).orElse(slug);
    }

    public String party(PartyRef party) {
        if (party == null) {
            return "";
        }
        return switch (party.kind()) {
            case HEALTH_TRUST -> trust(party.id());
            case MUNICIPALITY -> municipality(party.id()) + " kommune";
            case USER_ORGANISATION -> userOrganisation(party.id());
        };
    }

    public List<HealthTrust> trusts() {
        return catalogue.healthTrusts();
    }

    public List<UserOrganisation> userOrganisations() {
        return catalogue.userOrganisations();
    }

    /** The trust's catchment area as current municipality numbers. */
    public List<String> catchmentArea(String orgnr) {
        return OrganisationNumber.isValid(orgnr) ? catalogue.catchmentArea(new OrganisationNumber(orgnr)).stream()
                .map(MunicipalityNumber::value).toList() : List.of();
    }
}
