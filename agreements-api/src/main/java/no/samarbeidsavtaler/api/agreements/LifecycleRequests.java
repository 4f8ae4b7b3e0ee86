package no.samarbeidsavtaler.api.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.api.web.ChangeRequest;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * The bodies of the lifecycle changes. Each carries the two optional audit fields of
 * {@link ChangeRequest}; where the command itself has a reason (corrections, discard, termination)
 * the same {@code reason} fills both, so a change has one reason, not two.
 */
public final class LifecycleRequests {

    private static final String REASON = "Hvorfor endringen gjøres (lagres i hendelsens metadata)";
    private static final String CASE = "Saksnummer endringen hører til, f.eks. 2024/1234";

    private LifecycleRequests() {
    }

    /** Only the audit fields: for changes that need nothing else (opening a draft). */
    public record AuditFields(
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record NewClause(String clauseId, String number, String title, String text,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record ClauseText(String number, String title, String text,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record NewAssignment(String assignmentId, ResponsibilityTerms assignment,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record AssignmentTerms(ResponsibilityTerms assignment,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record OfferingEstablished(LocalDate establishedOn,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record Negotiation(LocalDate negotiatedOn,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record Adoption(PartyRef party, AdoptionForum forum, String caseNumber, LocalDate decidedOn, List<Deviation> deviations,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record Signature(PartyRef party, String signatory, LocalDate signedOn,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record EntryIntoForce(LocalDate effectiveFrom,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record AdoptionCorrection(PartyRef party, String caseNumber, LocalDate decidedOn,
            @Schema(description = "Hvorfor vedtaket rettes (påkrevd)") @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record SignatureCorrection(PartyRef party, String signatory, LocalDate signedOn,
            @Schema(description = "Hvorfor signaturen rettes (påkrevd)") @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record EffectiveDateCorrection(LocalDate effectiveFrom,
            @Schema(description = "Hvorfor datoen rettes (påkrevd)") @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    /** Discarding a version; the reason is recorded in the event too. */
    public record Discard(
            @Schema(description = "Hvorfor versjonen forkastes") @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    public record Termination(LocalDate terminatedOn,
            @Schema(description = "Hvorfor avtalen sies opp (påkrevd)") @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    /** The agreed review date (revisjonsdato); agreeing again replaces the earlier date. */
    public record ReviewDate(@Schema(description = "Avtalt revisjonsdato (påkrevd)") LocalDate reviewDueOn,
            @Schema(description = REASON) @Size(max = MAX_REASON, message = ChangeRequest.REASON_TOO_LONG) String reason,
            @Schema(description = CASE) @Size(max = MAX_CASE, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference)
            implements ChangeRequest {
    }

    private static final int MAX_REASON = ChangeRequest.MAX_REASON_LENGTH;
    private static final int MAX_CASE = ChangeRequest.MAX_CASE_REFERENCE_LENGTH;
}
