package no.samarbeidsavtaler.core.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.AmendClause;
import no.samarbeidsavtaler.core.agreement.commands.AmendResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawClause;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawResponsibility;
import no.samarbeidsavtaler.core.agreement.events.ClauseAdded;
import no.samarbeidsavtaler.core.agreement.events.ClauseAmended;
import no.samarbeidsavtaler.core.agreement.events.ClauseWithdrawn;
import no.samarbeidsavtaler.core.agreement.events.ResponsibilityAmended;
import no.samarbeidsavtaler.core.agreement.events.ResponsibilityAssigned;
import no.samarbeidsavtaler.core.agreement.events.ResponsibilityWithdrawn;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;

/** Command handlers that edit the text of a draft: clauses and their responsibility assignments. */
public abstract class AgreementDrafting extends AgreementState {

    @CommandHandler
    void handle(AddClause c) {
        AgreementVersion draft = draft(c.version());
        ClausePolicy.checkNew(draft, c.clauseId(), c.number(), c.title(), c.text());
        apply(new ClauseAdded(agreementId, c.version(), c.clauseId(), c.number().strip(), c.title(), c.text()));
    }

    @CommandHandler
    void handle(AmendClause c) {
        AgreementVersion draft = draft(c.version());
        ClausePolicy.existing(draft, c.clauseId());
        ClausePolicy.checkContent(draft, c.clauseId(), c.number(), c.title(), c.text());
        apply(new ClauseAmended(agreementId, c.version(), c.clauseId(), c.number().strip(), c.title(), c.text()));
    }

    @CommandHandler
    void handle(WithdrawClause c) {
        AgreementVersion draft = draft(c.version());
        Clause clause = ClausePolicy.existing(draft, c.clauseId());
        AssignmentPolicy.checkNoConflictWithout(draft,
                draft.assignments().filter(a -> !clause.assignments().contains(a)), parties(), "clauseId");
        apply(new ClauseWithdrawn(agreementId, c.version(), c.clauseId()));
    }

    @CommandHandler
    void handle(AssignResponsibility c) {
        AgreementVersion draft = draft(c.version());
        ClausePolicy.existing(draft, c.clauseId());
        ClausePolicy.checkNewAssignmentId(draft, c.assignmentId());
        String transitionFrom = checkedAssignment(draft, c.assignmentId(), c.assignment());
        apply(new ResponsibilityAssigned(agreementId, c.version(), c.clauseId(), c.assignmentId(), c.assignment(),
                transitionFrom));
    }

    @CommandHandler
    void handle(AmendResponsibility c) {
        AgreementVersion draft = draft(c.version());
        ClausePolicy.existingAssignment(ClausePolicy.existing(draft, c.clauseId()), c.assignmentId());
        String transitionFrom = checkedAssignment(draft, c.assignmentId(), c.assignment());
        apply(new ResponsibilityAmended(agreementId, c.version(), c.clauseId(), c.assignmentId(), c.assignment(),
                transitionFrom));
    }

    @CommandHandler
    void handle(WithdrawResponsibility c) {
        AgreementVersion draft = draft(c.version());
        ClausePolicy.existingAssignment(ClausePolicy.existing(draft, c.clauseId()), c.assignmentId());
        Stream<Assignment> remaining = draft.assignments().filter(a -> !a.assignmentId().equals(c.assignmentId()));
        AssignmentPolicy.checkNoConflictWithout(draft, remaining, parties(), "assignmentId");
        apply(new ResponsibilityWithdrawn(agreementId, c.version(), c.clauseId(), c.assignmentId()));
    }

    /** Validates the terms and returns the health trust the assignment takes over from, if any. */
    private String checkedAssignment(AgreementVersion draft, String assignmentId, ResponsibilityTerms terms) {
        AgreementParties parties = parties();
        AssignmentPolicy.checkTerms(terms, parties);
        AgreementVersion base = draft.basedOn() == null ? null : versions.get(draft.basedOn() - 1);
        String transitionFrom = TransitionGuard.transitionFrom(base, terms, parties);
        if (terms.transitionEndsOn() != null && transitionFrom == null) {
            throw new RuleViolation(AgreementRule.TRANSITION_END_DATE_ONLY_FOR_TRANSITIONS, "assignment.transitionEndsOn",
                    "Ansvaret flyttes ikke fra helseforetaket i denne versjonen, så det er ingen overgang å avslutte");
        }
        AssignmentPolicy.checkNoConflict(draft, new Assignment(assignmentId, terms, transitionFrom, null), parties);
        return transitionFrom;
    }

    // ---- Guards every command starts with ----

    protected void requireActive() {
        if (terminated) {
            throw new RuleViolation(AgreementRule.TERMINATED_AGREEMENT_ACCEPTS_NO_COMMANDS, null,
                    "Avtalen ble sagt opp " + terminatedOn + " og kan ikke endres");
        }
    }

    protected AgreementVersion existingVersion(int number) {
        requireActive();
        return version(number).orElseThrow(() -> new RuleViolation(AgreementRule.VERSION_IS_KNOWN, "version",
                "Avtalen har ingen versjon " + number));
    }

    protected AgreementVersion draft(int number) {
        AgreementVersion version = existingVersion(number);
        if (version.status() != VersionStatus.DRAFT) {
            throw new RuleViolation(AgreementRule.ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED, "version",
                    "Versjon " + number + " er " + describe(version) + " og kan ikke endres; åpne et nytt utkast");
        }
        return version;
    }

    private static String describe(AgreementVersion version) {
        return switch (version.status()) {
            case NEGOTIATED -> version.signatures().isEmpty()
                    ? (version.adoptions().isEmpty() ? "forhandlet" : "vedtatt") : "signert";
            case IN_FORCE -> "i kraft";
            case SUPERSEDED -> "erstattet";
            case DISCARDED -> "forkastet";
            case DRAFT -> "et utkast";
        };
    }
}
