package no.samarbeidsavtaler.core.party;

import no.samarbeidsavtaler.core.rules.RuleCode;

/** Rules about identifying parties. */
public enum PartyRule implements RuleCode {
    ORGANISATION_NUMBER_IS_VALID("organisation-number-is-valid",
            "Organisasjonsnummeret må ha 9 sifre og gyldig kontrollsiffer (modulus 11)"),
    MUNICIPALITY_NUMBER_IS_VALID("municipality-number-is-valid",
            "Kommunenummeret må ha 4 sifre"),
    HEALTH_TRUST_IS_KNOWN("health-trust-is-known", "Ukjent helseforetak"),
    MUNICIPALITY_IS_KNOWN("municipality-is-known", "Ukjent kommune"),
    USER_ORGANISATION_IS_KNOWN("user-organisation-is-known", "Ukjent brukerorganisasjon");

    private final String code;
    private final String title;

    PartyRule(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }
}
