package no.samarbeidsavtaler.core.party;

import java.util.regex.Pattern;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/** Kommunenummer: four digits; the first two are the county (fylke) at the time of issue. */
public record MunicipalityNumber(String value) {

    // Compiled once: String.matches compiles its pattern on every call, and the read side checks numbers per question.
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    public MunicipalityNumber {
        if (!isValid(value)) {
            throw new RuleViolation(PartyRule.MUNICIPALITY_NUMBER_IS_VALID, "municipalityNumber",
                    "«" + value + "» er ikke et gyldig kommunenummer (4 sifre)");
        }
    }

    /** Four ASCII digits; whether the catalogue knows the number is another question. */
    public static boolean isValid(String candidate) {
        return candidate != null && FOUR_DIGITS.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
