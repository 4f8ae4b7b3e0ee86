package no.samarbeidsavtaler.core.party;

/** Helseforetak (HF) owned by a regional health authority (RHF). */
public record HealthTrust(OrganisationNumber organisationNumber, String name,
                          String regionalHealthAuthority, OrganisationNumber regionalHealthAuthorityNumber) {
}
