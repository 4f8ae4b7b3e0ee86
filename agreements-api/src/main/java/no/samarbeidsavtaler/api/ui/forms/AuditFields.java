package no.samarbeidsavtaler.api.ui.forms;

import no.samarbeidsavtaler.api.web.ChangeRequest;

/** The two audit fields every change form has (stored as event metadata, never as payload). */
public record AuditFields(String reason, String caseReference) implements ChangeRequest {

    /** Adds length errors to {@code errors}; the same limits as the API's. */
    public FormErrors check(FormErrors errors) {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            errors.add("reason", "Begrunnelsen er for lang", REASON_TOO_LONG);
        }
        if (caseReference != null && caseReference.length() > MAX_CASE_REFERENCE_LENGTH) {
            errors.add("caseReference", "Saksnummeret er for langt", CASE_REFERENCE_TOO_LONG);
        }
        return errors;
    }
}
