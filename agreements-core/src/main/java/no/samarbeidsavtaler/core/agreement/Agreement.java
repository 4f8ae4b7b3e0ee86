package no.samarbeidsavtaler.core.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Optional;
import no.samarbeidsavtaler.core.agreement.commands.*;
import no.samarbeidsavtaler.core.agreement.events.*;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateRoot;

/**
 * A samarbeidsavtale between one health trust and one or more municipalities, with numbered versions
 * going DRAFT → NEGOTIATED → adopted and signed per party → IN_FORCE → SUPERSEDED. This class holds
 * the lifecycle commands; clause editing is in {@link AgreementDrafting}, state in {@link AgreementState}.
 */
@AggregateRoot(type = "Agreement")
public class Agreement extends AgreementDrafting {

    /** For Axon (event sourcing and Jackson snapshots). */
    protected Agreement() {
    }

    @CommandHandler
    public Agreement(RegisterAgreement c, PartyCatalogue parties) {
        RegistrationPolicy.check(c, parties);
        apply(new AgreementRegistered(c.agreementId(), c.kind(), c.designation(), c.title().strip(), c.healthTrust(),
                List.copyOf(c.municipalities()), c.parentAgreementId(),
                List.copyOf(RegistrationPolicy.orEmpty(c.statutoryPoints())),
                List.copyOf(RegistrationPolicy.orEmpty(c.contributors()))));
        apply(new DraftVersionOpened(c.agreementId(), 1, null));
    }

    @CommandHandler
    void handle(OpenDraftVersion c) {
        requireActive();
        openVersion().ifPresent(open -> {
            throw new RuleViolation(AgreementRule.ONLY_ONE_OPEN_VERSION, null,
                    "Versjon " + open.number() + " er fortsatt åpen (" + open.status() + ")");
        });
        apply(new DraftVersionOpened(agreementId, versions.size() + 1,
                versionInForce().map(AgreementVersion::number).orElse(null)));
    }

    @CommandHandler
    void handle(MarkVersionNegotiated c) {
        AgreementVersion draft = draft(c.version());
        Guards.present(c.negotiatedOn(), AgreementRule.REQUIRED_DATE_IS_GIVEN, "negotiatedOn", "Dato mangler");
        if (draft.activeClauses().findAny().isEmpty()) {
            throw new RuleViolation(AgreementRule.NEGOTIATED_VERSION_HAS_CLAUSES, "version",
                    "Versjon " + c.version() + " har ingen punkter");
        }
        TransitionGuard.checkNothingDropped(
                draft.basedOn() == null ? null : versions.get(draft.basedOn() - 1), draft, parties());
        apply(new VersionNegotiated(agreementId, c.version(), c.negotiatedOn()));
    }

    @CommandHandler
    void handle(RecordAdoption c) {
        AdoptionPolicy.checkAdoption(existingVersion(c.version()), c, parties());
        apply(new VersionAdopted(agreementId, c.version(), c.party(), c.forum(), c.caseNumber(), c.decidedOn(),
                List.copyOf(RegistrationPolicy.orEmpty(c.deviations()))));
    }

    @CommandHandler
    void handle(RecordSignature c) {
        AdoptionPolicy.checkSignature(existingVersion(c.version()), c, parties());
        apply(new VersionSigned(agreementId, c.version(), c.party(), c.signatory(), c.signedOn()));
    }

    @CommandHandler
    void handle(PutVersionIntoForce c) {
        AgreementVersion version = existingVersion(c.version());
        Optional<AgreementVersion> current = versionInForce();
        EntryIntoForcePolicy.check(version, c.effectiveFrom(), parties(), current);
        // Superseded first: no prefix of the event stream ever shows two versions in force.
        current.ifPresent(old -> apply(new VersionSuperseded(agreementId, old.number(), c.version(), c.effectiveFrom())));
        apply(new VersionEnteredIntoForce(agreementId, c.version(), c.effectiveFrom()));
    }

    @CommandHandler
    void handle(ConfirmOfferingEstablished c) {
        AgreementVersion version = existingVersion(c.version());
        Clause clause = ClausePolicy.existing(version, c.clauseId());
        TransitionGuard.checkConfirmation(version, clause, ClausePolicy.existingAssignment(clause, c.assignmentId()));
        Guards.present(c.establishedOn(), AgreementRule.REQUIRED_DATE_IS_GIVEN, "establishedOn", "Dato mangler");
        apply(new OfferingEstablishmentConfirmed(agreementId, c.version(), c.clauseId(), c.assignmentId(),
                c.establishedOn()));
    }

    @CommandHandler
    void handle(CorrectAdoption c) {
        AdoptionPolicy.checkAdoptionCorrection(existingVersion(c.version()), c);
        apply(new AdoptionCorrected(agreementId, c.version(), c.party(), c.caseNumber(), c.decidedOn(), c.reason()));
    }

    @CommandHandler
    void handle(CorrectSignature c) {
        AdoptionPolicy.checkSignatureCorrection(existingVersion(c.version()), c);
        apply(new SignatureCorrected(agreementId, c.version(), c.party(), c.signatory(), c.signedOn(), c.reason()));
    }

    @CommandHandler
    void handle(CorrectEffectiveDate c) {
        AgreementVersion version = existingVersion(c.version());
        Optional<AgreementVersion> predecessor = versions.stream()
                .filter(v -> v.supersededBy() != null && v.supersededBy() == c.version()).findFirst();
        Optional<AgreementVersion> successor = Optional.ofNullable(version.supersededBy()).flatMap(this::version);
        EntryIntoForcePolicy.checkCorrection(version, c.effectiveFrom(), c.reason(), predecessor, successor);
        apply(new EffectiveDateCorrected(agreementId, c.version(), c.effectiveFrom(), c.reason()));
    }

    @CommandHandler
    void handle(DiscardVersion c) {
        AgreementVersion version = existingVersion(c.version());
        if (!version.status().isOpen()) {
            throw new RuleViolation(AgreementRule.ONLY_OPEN_VERSIONS_CAN_BE_DISCARDED, "version",
                    "Versjon " + c.version() + " har status " + version.status());
        }
        apply(new VersionDiscarded(agreementId, c.version(), c.reason()));
    }

    /** Re-agreeing is allowed on purpose: the latest agreed date is the one that counts. */
    @CommandHandler
    void handle(AgreeReviewDate c) {
        requireActive();
        Guards.present(c.reviewDueOn(), AgreementRule.REVIEW_DATE_IS_GIVEN, "reviewDueOn", "Revisjonsdato mangler");
        apply(new ReviewDateAgreed(agreementId, c.reviewDueOn()));
    }

    @CommandHandler
    void handle(TerminateAgreement c) {
        requireActive();
        Guards.present(c.terminatedOn(), AgreementRule.TERMINATION_HAS_DATE_AND_REASON, "terminatedOn", "Dato mangler");
        Guards.present(c.reason(), AgreementRule.TERMINATION_HAS_DATE_AND_REASON, "reason", "Begrunnelse mangler");
        apply(new AgreementTerminated(agreementId, c.terminatedOn(), c.reason()));
    }
}
