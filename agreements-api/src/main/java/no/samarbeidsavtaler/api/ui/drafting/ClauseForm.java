package no.samarbeidsavtaler.api.ui.drafting;

import java.util.Set;
import no.samarbeidsavtaler.api.ui.forms.AuditFields;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;

/**
 * The clause form. {@code expectedVersion} is the aggregate version the form was rendered from.
 * Inputs are named after the command's fields, so a rule violation finds its input by name.
 */
public record ClauseForm(String number, String title, String text, Long expectedVersion, String reason,
                         String caseReference) {

    static final Set<String> FIELDS = Set.of("number", "title", "text", "reason", "caseReference");

    static ClauseForm empty(long version) {
        return new ClauseForm("", "", "", version, "", "");
    }

    static ClauseForm of(ClauseView clause, long version) {
        return new ClauseForm(clause.number(), clause.title(), clause.text(), version, "", "");
    }

    AuditFields audit() {
        return new AuditFields(reason, caseReference);
    }

    ClauseForm basedOn(long version) {
        return new ClauseForm(number, title, text, version, reason, caseReference);
    }
}
