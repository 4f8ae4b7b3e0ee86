package no.samarbeidsavtaler.api.parties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.samarbeidsavtaler.api.readside.ReadAccess;
import no.samarbeidsavtaler.api.readside.ResourceNotFound;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.Municipality;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.UserOrganisation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parties agreements can name, read from the verified reference data (SOURCES.md): health
 * trusts with their catchment areas, municipalities with their lineage through the 2020 and 2024
 * reforms, and user organisations. Read-only: reference data changes with a new release of the files.
 */
@RestController
@RequestMapping(path = "/api/parties", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Parter", description = "Helseforetak, kommuner (med kommunereformene) og brukerorganisasjoner")
public class PartiesController {

    private final PartyCatalogue parties;
    private final ReadAccess access;

    public PartiesController(PartyCatalogue parties, ReadAccess access) {
        this.parties = parties;
        this.access = access;
    }

    @GetMapping("/health-trusts")
    @Operation(summary = "Alle helseforetak med regionalt helseforetak og opptaksområde")
    public List<HealthTrustResource> healthTrusts() {
        access.reader();
        return parties.healthTrusts().stream().map(this::resource).toList();
    }

    @GetMapping("/health-trusts/{organisationNumber}")
    @Operation(summary = "Ett helseforetak")
    public HealthTrustResource healthTrust(@Parameter(example = "983974694") @PathVariable String organisationNumber) {
        access.reader();
        OrganisationNumber number = new OrganisationNumber(organisationNumber);
        return parties.healthTrust(number).map(this::resource)
                .orElseThrow(() -> new ResourceNotFound("health-trust-not-found", "Fant ikke helseforetaket", "Fant ikke helseforetak " + number));
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Kommunene slik de er fra 1.1.2024")
    public List<MunicipalityResource> municipalities() {
        access.reader();
        return parties.currentMunicipalities().stream().map(this::resource).toList();
    }

    @GetMapping("/municipalities/{municipalityNumber}")
    @Operation(summary = "En kommune, også et historisk kommunenummer",
            description = "Med dagens etterfølgere (f.eks. 1228 Odda → 4618 Ullensvang) og alle forgjengere.")
    public MunicipalityResource municipality(@Parameter(example = "1228") @PathVariable String municipalityNumber) {
        access.reader();
        MunicipalityNumber number = new MunicipalityNumber(municipalityNumber);
        return parties.municipality(number).map(this::resource)
                .orElseThrow(() -> new ResourceNotFound("municipality-not-found", "Fant ikke kommunen", "Fant ikke kommune " + number));
    }

    @GetMapping("/user-organisations")
    @Operation(summary = "Brukerorganisasjoner som kan være bidragsytere")
    public List<UserOrganisation> userOrganisations() {
        access.reader();
        return parties.userOrganisations();
    }

    private HealthTrustResource resource(HealthTrust trust) {
        return new HealthTrustResource(trust.organisationNumber().value(), trust.name(), trust.regionalHealthAuthority(),
                trust.regionalHealthAuthorityNumber().value(),
                parties.catchmentArea(trust.organisationNumber()).stream().map(MunicipalityNumber::value).toList());
    }

    private MunicipalityResource resource(Municipality municipality) {
        return new MunicipalityResource(municipality.number().value(), municipality.name(), municipality.county(),
                municipality.validFrom(), municipality.validTo(),
                parties.currentSuccessors(municipality.number()).stream().map(MunicipalityNumber::value).toList(),
                municipality.validTo() == null
                        ? parties.predecessorsAndSelf(municipality.number()).stream().map(MunicipalityNumber::value)
                                .filter(n -> !n.equals(municipality.number().value())).toList()
                        : List.of());
    }

    /** A health trust and the 2024 numbers of the municipalities in its catchment area. */
    public record HealthTrustResource(String organisationNumber, String name, String regionalHealthAuthority,
                                      String regionalHealthAuthorityNumber, List<String> catchmentArea) {
    }

    /** A municipality number as valid in a period, with where it went and where it came from. */
    public record MunicipalityResource(String municipalityNumber, String name, String county,
                                       java.time.LocalDate validFrom, java.time.LocalDate validTo,
                                       List<String> currentSuccessors, List<String> predecessors) {
    }
}
