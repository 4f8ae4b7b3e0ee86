package no.samarbeidsavtaler.api.problems;

import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;

/** Norwegian details for Spring MVC's own exceptions, naming what the client can do instead. */
final class StandardDetails {

    private StandardDetails() {
    }

    static String detail(Exception e, ProblemType type) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedHttpMethods() == null ? "" : method.getSupportedHttpMethods().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "Metoden " + method.getMethod() + " støttes ikke på denne adressen"
                    + (allowed.isEmpty() ? "" : ". Tillatt: " + allowed);
        }
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            MediaType given = unsupported.getContentType();
            return "Innholdstypen " + (given == null ? "(ingen)" : "«" + given + "»")
                    + " støttes ikke. Bruk application/json";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "Svar kan bare gis som application/json (feil som application/problem+json)";
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "Parameteren «" + missing.getParameterName() + "» mangler";
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return "Headeren «" + missing.getHeaderName() + "» mangler";
        }
        return switch (type) {
            case UNKNOWN_ROUTE -> "Det finnes ingen ressurs på denne adressen";
            case PAYLOAD_TOO_LARGE -> "Innholdet er for stort";
            default -> type.title();
        };
    }
}
