package no.samarbeidsavtaler.api.problems;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the API (RFC 9457 {@code type}) with their status and Norwegian
 * title. The slug after {@link #PREFIX} is part of the published contract: add, never rename.
 * Broken domain rules use {@code PREFIX + rule code} instead (see {@link Problems#forRule}).
 */
public enum ProblemType {
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "malformed-json", "Ugyldig JSON"),
    MISSING_BODY(HttpStatus.BAD_REQUEST, "missing-body", "Forespørselen mangler innhold"),
    INVALID_VALUE(HttpStatus.BAD_REQUEST, "invalid-value", "Ugyldig verdi i et felt"),
    MISSING_VALUE(HttpStatus.BAD_REQUEST, "missing-value", "Et påkrevd felt mangler"),
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST, "unknown-field", "Ukjent felt i forespørselen"),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request", "Ugyldig forespørsel"),
    MALFORMED_IF_MATCH(HttpStatus.BAD_REQUEST, "malformed-if-match", "Ugyldig If-Match"),
    INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Ugyldig Idempotency-Key"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Du må logge inn"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Du har ikke tilgang til dette"),
    CSRF_TOKEN_INVALID(HttpStatus.FORBIDDEN, "csrf-token-invalid", "Mangler eller ugyldig CSRF-token"),
    UNKNOWN_ROUTE(HttpStatus.NOT_FOUND, "unknown-route", "Adressen finnes ikke"),
    AGREEMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "agreement-not-found", "Fant ikke avtalen"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Metoden støttes ikke her"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Kan ikke svare i ønsket format"),
    CONCURRENT_CHANGE(HttpStatus.CONFLICT, "concurrent-change", "Avtalen ble endret samtidig av noen andre"),
    IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT, "idempotency-key-in-use",
            "En forespørsel med samme Idempotency-Key behandles fortsatt"),
    STALE_VERSION(HttpStatus.PRECONDITION_FAILED, "stale-version", "Avtalen er endret siden du hentet den"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Forespørselen er for stor"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Innholdstypen støttes ikke"),
    INVALID_CONTENT(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-content", "Innholdet er ugyldig"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
            "Idempotency-Key er brukt før med et annet innhold"),
    PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
            "Endringer krever If-Match med avtalens versjon (ETag)"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Det oppstod en uventet feil"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Tjenesten er midlertidig utilgjengelig");

    /** Base of every problem type URI, domain rules included. */
    public static final String PREFIX = "https://samarbeidsavtaler.no/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    /** The generic type for a status that has no more specific cause (e.g. errors raised by the container). */
    public static ProblemType genericFor(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> UNKNOWN_ROUTE;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONCURRENT_CHANGE;
            case 412 -> STALE_VERSION;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> INVALID_CONTENT;
            case 428 -> PRECONDITION_REQUIRED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
        };
    }
}
