package no.samarbeidsavtaler.api.problems;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.api.web.PayloadTooLargeException;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Why a request body could not be read, as a problem naming the field at fault. Jackson knows the
 * path to the bad value; a client should never have to guess which of its fields was wrong.
 */
final class UnreadableBodyProblems {

    private UnreadableBodyProblems() {
    }

    static ProblemDetail from(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.of(ProblemType.UNKNOWN_FIELD,
                    "Feltet «" + unknown.getPropertyName() + "» finnes ikke i denne forespørselen", JsonFieldPath.of(unknown));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid);
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            return instantiation(instantiation);
        }
        if (cause instanceof MismatchedInputException mismatched) {
            String field = JsonFieldPath.of(mismatched);
            if (field == null) {
                return Problems.of(ProblemType.INVALID_VALUE, "Innholdet har feil form: forventet et JSON-objekt");
            }
            return Problems.of(ProblemType.INVALID_VALUE,
                    "Feltet «" + field + "» har feil type" + expected(mismatched.getTargetType()), field);
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = JsonFieldPath.of(mapping);
            return Problems.of(ProblemType.INVALID_VALUE, "Feltet «" + field + "» har en ugyldig verdi", field);
        }
        if (cause instanceof JsonProcessingException parse) {
            JsonLocation at = parse.getLocation();
            String where = at == null ? "" : " (linje " + at.getLineNr() + ", kolonne " + at.getColumnNr() + ")";
            return Problems.of(ProblemType.MALFORMED_JSON, "Innholdet er ikke gyldig JSON" + where);
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return Problems.of(ProblemType.MISSING_BODY, "Forespørselen må ha et JSON-innhold");
        }
        return Problems.of(ProblemType.MALFORMED_JSON, "Innholdet kunne ikke leses som JSON");
    }

    private static ProblemDetail invalidFormat(InvalidFormatException invalid) {
        String field = JsonFieldPath.of(invalid);
        Class<?> target = invalid.getTargetType();
        String value = String.valueOf(invalid.getValue());
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            ProblemDetail problem = Problems.of(ProblemType.INVALID_VALUE,
                    "«" + value + "» er ikke en gyldig verdi for «" + field + "». Gyldige verdier: " + allowed, field);
            problem.setProperty("allowedValues", Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList());
            return problem;
        }
        return Problems.of(ProblemType.INVALID_VALUE,
                "«" + value + "» er ikke en gyldig verdi for «" + field + "»" + expected(target), field);
    }

    /** A value type refused itself while being built (e.g. a record's compact constructor). */
    private static ProblemDetail instantiation(ValueInstantiationException e) {
        String field = JsonFieldPath.of(e);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Problems.forRule(violation, field);
            }
            if (cause instanceof NullPointerException) {
                return Problems.of(ProblemType.MISSING_VALUE, "Et påkrevd felt i «" + field + "» mangler", field);
            }
        }
        return Problems.of(ProblemType.INVALID_VALUE, "Feltet «" + field + "» har en ugyldig verdi", field);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return " (forventet et tall)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " (forventet true eller false)";
        }
        if (type == String.class) {
            return " (forventet tekst)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return " (forventet en liste)";
        }
        if (type.getName().startsWith("java.time.")) {
            return " (forventet dato på formen ÅÅÅÅ-MM-DD)";
        }
        return " (forventet et objekt)";
    }
}
