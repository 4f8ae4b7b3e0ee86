package no.samarbeidsavtaler.core.party;

/** Brukerorganisasjon that contributes to offerings, e.g. Diabetesforbundet or FFO. */
public record UserOrganisation(String slug, String name) {
}
