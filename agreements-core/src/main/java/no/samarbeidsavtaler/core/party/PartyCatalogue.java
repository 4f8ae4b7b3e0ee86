package no.samarbeidsavtaler.core.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reference data about parties: health trusts, municipalities (with their 2020 and 2024
 * reform lineage) and user organisations. Command handlers receive it as an injected resource.
 */
public interface PartyCatalogue {

    List<HealthTrust> healthTrusts();

    Optional<HealthTrust> healthTrust(OrganisationNumber number);

    /**
     * Any municipality number the reference data knows: current, or historic (ended by a change from
     * 2020-01-01 on, e.g. 1228 Odda, valid until 2020-01-01). Use {@link #isValidOn} for a given date.
     */
    Optional<Municipality> municipality(MunicipalityNumber number);

    /** Current (2024) municipalities. */
    List<Municipality> currentMunicipalities();

    /**
     * The municipality numbers valid today that a (possibly historic) number became,
     * e.g. 1228 Odda → [4618 Ullensvang]; a current number maps to itself.
     */
    List<MunicipalityNumber> currentSuccessors(MunicipalityNumber number);

    /** Every number, current or historic, whose area is now (partly) in the given current number. */
    List<MunicipalityNumber> predecessorsAndSelf(MunicipalityNumber current);

    /** The municipalities in a health trust's catchment area (opptaksområde), 2024 numbers. */
    List<MunicipalityNumber> catchmentArea(OrganisationNumber healthTrust);

    List<UserOrganisation> userOrganisations();

    Optional<UserOrganisation> userOrganisation(String slug);

    /** True when the number names a municipality valid on the given date. */
    default boolean isValidOn(MunicipalityNumber number, LocalDate date) {
        return municipality(number).map(m -> m.validOn(date)).orElse(false);
    }
}
