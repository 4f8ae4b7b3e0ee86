package no.samarbeidsavtaler.api.readside;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Parses and checks the read side's query parameters and path ids, so that a bad value is a 4xx naming
 * the parameter instead of an exception deep in a query (a 500). Agreement ids are checked against a
 * conservative pattern because they end up in file names ({@code Content-Disposition}).
 */
@Component
public class Parameters {

    /** Ids the registry issues (UUIDs) and the demo's slugs; nothing that can walk a path or split a header. */
    static final Pattern AGREEMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    private final PartyCatalogue parties;

    public Parameters(PartyCatalogue parties) {
        this.parties = parties;
    }

    public String agreementId(String value) {
        if (value == null || !AGREEMENT_ID.matcher(value).matches()) {
            throw new InvalidParameter("agreementId", "Ugyldig avtale-id: bare bokstaver, sifre, - og _ (høyst 100 tegn)");
        }
        return value;
    }

    /** A health trust's organisation number (9 digits, valid check digit) the catalogue knows. */
    public String healthTrust(String parameter, String value) {
        if (!OrganisationNumber.isValid(value)) {
            throw new InvalidParameter(parameter, "«" + safe(value) + "» er ikke et gyldig organisasjonsnummer");
        }
        if (parties.healthTrust(new OrganisationNumber(value)).isEmpty()) {
            throw new InvalidParameter(parameter, "Fant ikke helseforetak med organisasjonsnummer " + value,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return value;
    }

    /** A kommunenummer (4 digits) the catalogue knows, current or historic. */
    public String municipality(String parameter, String value) {
        if (!MunicipalityNumber.isValid(value)) {
            throw new InvalidParameter(parameter, "«" + safe(value) + "» er ikke et gyldig kommunenummer (4 sifre)");
        }
        if (parties.municipality(new MunicipalityNumber(value)).isEmpty()) {
            throw new InvalidParameter(parameter, "Fant ikke kommune med nummer " + value, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return value;
    }

    /** An ISO date ({@code 2024-01-31}); {@code null} stays {@code null} (the query then means today). */
    public LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "«" + safe(value) + "» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)");
        }
    }

    /** An ISO instant ({@code 2024-01-31T12:00:00Z}) or a date, meaning the end of that day in UTC. */
    public Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameter(parameter, "Parameteren «" + parameter + "» mangler");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            LocalDate date = date(parameter, value);
            return date.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).minusMillis(1);
        }
    }

    public <E extends Enum<E>> E enumValue(String parameter, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidParameter(parameter, "«" + safe(value) + "» er ikke en gyldig verdi; gyldige: " + allowed);
        }
    }

    public Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ja" -> true;
            case "false", "nei" -> false;
            default -> throw new InvalidParameter(parameter, "«" + safe(value) + "» er ikke true eller false");
        };
    }

    public int positive(String parameter, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the problem below
        }
        throw new InvalidParameter(parameter, "«" + safe(value) + "» er ikke et positivt heltall");
    }

    /** Echoed values are cut short and stripped of control characters: they go into JSON only, but stay readable. */
    static String safe(String value) {
        if (value == null) {
            return "";
        }
        String cleaned = value.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) + "…" : cleaned;
    }
}
