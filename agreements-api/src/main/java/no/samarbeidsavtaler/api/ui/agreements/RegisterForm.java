package no.samarbeidsavtaler.api.ui.agreements;

import java.util.List;
import java.util.Set;
import no.samarbeidsavtaler.api.ui.forms.AuditFields;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;

/** The form for a new agreement; inputs are named after the command's fields. */
public record RegisterForm(AgreementKind kind, String designation, String title, String healthTrust,
                           List<String> municipalities, String parentAgreementId, List<Integer> statutoryPoints,
                           List<String> contributors, String reason, String caseReference) {

    static final Set<String> FIELDS = Set.of("kind", "designation", "title", "healthTrust", "municipalities",
            "parentAgreementId", "statutoryPoints", "contributors", "reason", "caseReference");

    public RegisterForm {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        statutoryPoints = statutoryPoints == null ? List.of() : List.copyOf(statutoryPoints);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }

    /** A new form for a trust: every municipality of its catchment area ticked, as most agreements have them all. */
    static RegisterForm forTrust(String healthTrust, List<String> catchmentArea) {
        return new RegisterForm(AgreementKind.SUB_AGREEMENT, "", "", healthTrust, catchmentArea, "", List.of(), List.of(), "", "");
    }

    RegisterAgreement command(String agreementId) {
        return new RegisterAgreement(agreementId, kind, blankToNull(designation), title, healthTrust, municipalities,
                blankToNull(parentAgreementId), statutoryPoints, contributors);
    }

    AuditFields audit() {
        return new AuditFields(reason, caseReference);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
