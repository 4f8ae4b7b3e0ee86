package no.samarbeidsavtaler.core.party;

import java.util.regex.Pattern;
import no.samarbeidsavtaler.core.rules.RuleViolation;

/**
 * Organisasjonsnummer from Enhetsregisteret: nine digits, the last a modulus-11 check digit
 * (weights 3,2,7,6,5,4,3,2; 11 becomes 0; 10 is never issued).
 */
public record OrganisationNumber(String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    public OrganisationNumber {
        if (!isValid(value)) {
            throw new RuleViolation(PartyRule.ORGANISATION_NUMBER_IS_VALID, "organisationNumber",
                    "«" + value + "» er ikke et gyldig organisasjonsnummer");
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !NINE_DIGITS.matcher(candidate).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == candidate.charAt(8) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
