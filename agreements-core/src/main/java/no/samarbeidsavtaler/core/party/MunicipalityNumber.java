package no.samarbeidsavtaler.core.party;

import no.samarbeidsavtaler.core.rules.RuleViolation;

/** Kommunenummer: four digits; the first two are the county (fylke) at the time of issue. */
public record MunicipalityNumber(String value) {

    public MunicipalityNumber {
        if (value == null || !value.matches("\\d{4}")) {
            throw new RuleViolation(PartyRule.MUNICIPALITY_NUMBER_IS_VALID, "municipalityNumber",
                    "«" + value + "» er ikke et gyldig kommunenummer (4 sifre)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
