package no.samarbeidsavtaler.api.ui.lifecycle;

import java.util.Map;
import no.samarbeidsavtaler.api.ui.PageNotFound;
import no.samarbeidsavtaler.core.agreement.commands.MarkVersionNegotiated;
import no.samarbeidsavtaler.core.agreement.commands.PutVersionIntoForce;
import no.samarbeidsavtaler.core.agreement.commands.RecordAdoption;
import no.samarbeidsavtaler.core.agreement.commands.RecordSignature;

/** The lifecycle steps of a version after drafting, each with its page, words and command. */
public enum Step {

    NEGOTIATED("forhandlet", "Marker versjonen som forhandlet", "Forhandlet dato", "Marker som forhandlet",
            "Versjonen er markert som forhandlet og kan ikke lenger endres.", Map.of("negotiatedOn", "date")),
    ADOPTION("vedtak", "Registrer vedtak", "Vedtaksdato", "Registrer vedtak", "Vedtaket er registrert.",
            Map.of("party", "party", "forum", "forum", "caseNumber", "caseNumber", "decidedOn", "date",
                    "deviations", "deviationClause")),
    SIGNATURE("signatur", "Registrer signatur", "Signert dato", "Registrer signatur", "Signaturen er registrert.",
            Map.of("party", "party", "signatory", "signatory", "signedOn", "date")),
    IN_FORCE("ikraft", "Sett versjonen i kraft", "I kraft fra", "Sett i kraft", "Versjonen er satt i kraft.",
            Map.of("effectiveFrom", "date"));

    final String path;
    final String heading;
    final String dateLabel;
    final String button;
    final String done;
    /** Command path of a rule violation → the form's input (others are about the whole form). */
    final Map<String, String> inputs;

    Step(String path, String heading, String dateLabel, String button, String done, Map<String, String> inputs) {
        this.path = path;
        this.heading = heading;
        this.dateLabel = dateLabel;
        this.button = button;
        this.done = done;
        this.inputs = inputs;
    }

    public String heading() {
        return heading;
    }

    public String dateLabel() {
        return dateLabel;
    }

    public String button() {
        return button;
    }

    Object command(String agreementId, int version, StepForm form) {
        return switch (this) {
            case NEGOTIATED -> new MarkVersionNegotiated(agreementId, version, form.date());
            case ADOPTION -> new RecordAdoption(agreementId, version, form.partyRef(), form.forum(), blankToNull(form.caseNumber()),
                    form.date(), form.deviations());
            case SIGNATURE -> new RecordSignature(agreementId, version, form.partyRef(), blankToNull(form.signatory()), form.date());
            case IN_FORCE -> new PutVersionIntoForce(agreementId, version, form.date());
        };
    }

    static Step fromPath(String path) {
        for (Step step : values()) {
            if (step.path.equals(path)) {
                return step;
            }
        }
        throw new PageNotFound("Ukjent steg: " + path);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
