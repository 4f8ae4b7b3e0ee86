package no.samarbeidsavtaler.api.ui.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.ui.KnownConditions;
import no.samarbeidsavtaler.api.ui.forms.AuditFields;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.CodeSystem;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The responsibility assignment form: the cell's facets (empty = open), the party ({@code KIND:id}), its
 * role, the municipalities (none = all of the agreement's), free-text conditions, a shared lead and a
 * transition end date. Nothing is validated here: the aggregate's rules decide, and their violations
 * come back to the inputs through {@link #INPUTS}.
 */
public record AssignmentForm(OfferingCategory category, String diagnosisSpecific, CodeSystem codeSystem, String code,
                             String label, TargetGroup targetGroup, PathwayPhase pathwayPhase, String programme,
                             String party, ResponsibilityRole role, List<String> municipalities, String conditions,
                             String sharedLead, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transitionEndsOn,
                             Long expectedVersion, String reason, String caseReference) {

    /** Command path of a rule violation → the input it is about. */
    static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("assignment", "cell"), Map.entry("assignment.cell", "cell"),
            Map.entry("assignment.cell.diagnosisSpecific", "diagnosisSpecific"),
            Map.entry("assignment.cell.condition.code", "code"), Map.entry("assignment.party", "party"),
            Map.entry("assignment.role", "role"), Map.entry("assignment.municipalities", "municipalities"),
            Map.entry("assignment.sharedLead", "sharedLead"), Map.entry("assignment.transitionEndsOn", "transitionEndsOn"),
            Map.entry("reason", "reason"), Map.entry("caseReference", "caseReference"));

    public AssignmentForm {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }

    static AssignmentForm empty(long version) {
        return new AssignmentForm(null, "", CodeSystem.ICD10, "", "", null, null, "", "", ResponsibilityRole.RESPONSIBLE,
                List.of(), "", "", null, version, "", "");
    }

    static AssignmentForm of(AssignmentView assignment, long version) {
        ResponsibilityTerms t = assignment.terms();
        Cell c = t.cell() == null ? Cell.general() : t.cell();
        Condition condition = c.condition();
        return new AssignmentForm(c.category(), c.diagnosisSpecific() == null ? "" : c.diagnosisSpecific() ? "ja" : "nei",
                condition == null ? CodeSystem.ICD10 : condition.codeSystem(), condition == null ? "" : condition.code(),
                condition == null ? "" : condition.label(), c.targetGroup(), c.pathwayPhase(), c.programme(),
                key(t.party()), t.role(), t.municipalitiesOrEmpty(), t.conditions(), key(t.sharedLead()),
                t.transitionEndsOn(), version, "", "");
    }

    ResponsibilityTerms terms() {
        Boolean specific = "ja".equals(diagnosisSpecific) ? Boolean.TRUE : "nei".equals(diagnosisSpecific) ? Boolean.FALSE : null;
        Cell cell = new Cell(category, specific, condition(), targetGroup, pathwayPhase, blankToNull(programme));
        return new ResponsibilityTerms(cell, party(party), role, municipalities, blankToNull(conditions), party(sharedLead),
                transitionEndsOn);
    }

    private Condition condition() {
        if (code == null || code.isBlank()) {
            return null;
        }
        String normalised = code.strip().toUpperCase();
        String given = blankToNull(label);
        return new Condition(codeSystem == null ? CodeSystem.ICD10 : codeSystem, normalised,
                given != null ? given.strip() : KnownConditions.label(normalised));
    }

    AuditFields audit() {
        return new AuditFields(reason, caseReference);
    }

    AssignmentForm basedOn(long version) {
        return new AssignmentForm(category, diagnosisSpecific, codeSystem, code, label, targetGroup, pathwayPhase, programme,
                party, role, municipalities, conditions, sharedLead, transitionEndsOn, version, reason, caseReference);
    }

    /** {@code KIND:id}, the value of the party pickers. */
    static String key(PartyRef party) {
        return party == null ? "" : party.kind() + ":" + party.id();
    }

    static PartyRef party(String key) {
        if (key == null || !key.contains(":")) {
            return null;
        }
        String[] parts = key.split(":", 2);
        try {
            return new PartyRef(PartyKind.valueOf(parts[0]), parts[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
