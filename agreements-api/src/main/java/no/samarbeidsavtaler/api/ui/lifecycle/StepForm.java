package no.samarbeidsavtaler.api.ui.lifecycle;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.api.ui.forms.AuditFields;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a lifecycle step (negotiated, adoption, signature, entry into force); each step uses the
 * inputs it needs. {@code date} is the step's date (negotiatedOn, decidedOn, signedOn or effectiveFrom).
 */
public record StepForm(String party, AdoptionForum forum, String caseNumber,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String deviationClause,
                       String deviationText, String signatory, Long expectedVersion, String reason, String caseReference) {

    static StepForm empty(long version) {
        return new StepForm("", null, "", null, "", "", "", version, "", "");
    }

    AuditFields audit() {
        return new AuditFields(reason, caseReference);
    }

    StepForm basedOn(long version) {
        return new StepForm(party, forum, caseNumber, date, deviationClause, deviationText, signatory, version, reason,
                caseReference);
    }

    PartyRef partyRef() {
        if (party == null || !party.contains(":")) {
            return null;
        }
        String[] parts = party.split(":", 2);
        try {
            return new PartyRef(PartyKind.valueOf(parts[0]), parts[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One deviation when a clause or a text is given (the aggregate checks both are there). */
    List<Deviation> deviations() {
        boolean none = (deviationClause == null || deviationClause.isBlank()) && (deviationText == null || deviationText.isBlank());
        return none ? List.of() : List.of(new Deviation(deviationClause, deviationText == null ? null : deviationText.strip()));
    }
}
