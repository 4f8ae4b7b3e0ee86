package no.samarbeidsavtaler.api.web;

/**
 * Every request body that changes the registry carries the same two optional audit fields, which
 * end up in the events' metadata (never in their payload): why the change was made, and under which
 * case (saksnummer). Who made it always comes from the login, never from the body.
 */
public interface ChangeRequest {

    int MAX_REASON_LENGTH = 2000;
    int MAX_CASE_REFERENCE_LENGTH = 100;
    String REASON_TOO_LONG = "Begrunnelsen kan ha høyst 2000 tegn";
    String CASE_REFERENCE_TOO_LONG = "Saksnummeret kan ha høyst 100 tegn";

    /** Why, in the user's own words (optional). */
    String reason();

    /** The case (saksnummer) the change belongs to, e.g. {@code 2024/1234} (optional). */
    String caseReference();
}
