package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.samarbeidsavtaler.core.agreement.events.*;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * The agreement's state and every change to it. Only event sourcing handlers live here; the command
 * side ({@link Agreement}) can read this state but not change it, so replay and live handling cannot
 * drift apart. Plain fields and immutable records, no cycles: Jackson-snapshot friendly.
 */
public abstract class AgreementState {

    @AggregateIdentifier
    protected String agreementId;
    protected AgreementKind kind;
    protected String healthTrust;
    protected List<String> municipalities = new ArrayList<>();
    protected List<String> contributors = new ArrayList<>();
    protected LocalDate terminatedOn;
    protected boolean terminated;
    /** Revisjonsdato; kept in state for the read side's sake only, no command rule depends on it. */
    protected LocalDate reviewDueOn;
    protected List<AgreementVersion> versions = new ArrayList<>();

    @EventSourcingHandler
    void on(AgreementRegistered event) {
        agreementId = event.agreementId();
        kind = event.kind();
        healthTrust = event.healthTrust();
        municipalities = new ArrayList<>(event.municipalities());
        contributors = new ArrayList<>(event.contributors() == null ? List.of() : event.contributors());
    }

    @EventSourcingHandler
    void on(DraftVersionOpened event) {
        // The copy is made here, not in the command handler, so replay rebuilds exactly the same draft.
        List<Clause> start = event.basedOnVersion() == null ? List.of()
                : versions.get(event.basedOnVersion() - 1).clausesForNextDraft();
        versions.add(AgreementVersion.draft(event.version(), event.basedOnVersion(), start));
    }

    @EventSourcingHandler
    void on(ClauseAdded e) {
        change(e.version(), v -> v.withClause(Clause.added(e.clauseId(), e.number(), e.title(), e.text())));
    }

    @EventSourcingHandler
    void on(ClauseAmended e) {
        change(e.version(), v -> v.changeClause(e.clauseId(), c -> c.amended(e.number(), e.title(), e.text())));
    }

    @EventSourcingHandler
    void on(ClauseWithdrawn e) {
        change(e.version(), v -> v.changeClause(e.clauseId(), Clause::withdrawnFromVersion));
    }

    @EventSourcingHandler
    void on(ResponsibilityAssigned e) {
        Assignment assignment = new Assignment(e.assignmentId(), e.assignment(), e.transitionFrom(), null);
        change(e.version(), v -> v.changeClause(e.clauseId(), c -> c.withAssignment(assignment)));
    }

    @EventSourcingHandler
    void on(ResponsibilityAmended e) {
        Assignment assignment = new Assignment(e.assignmentId(), e.assignment(), e.transitionFrom(), null);
        change(e.version(), v -> v.changeClause(e.clauseId(), c -> c.withAssignment(assignment)));
    }

    @EventSourcingHandler
    void on(ResponsibilityWithdrawn e) {
        change(e.version(), v -> v.changeClause(e.clauseId(), c -> c.withoutAssignment(e.assignmentId())));
    }

    @EventSourcingHandler
    void on(VersionNegotiated e) {
        change(e.version(), v -> v.negotiated(e.negotiatedOn()));
    }

    @EventSourcingHandler
    void on(VersionAdopted e) {
        Adoption adoption = new Adoption(e.party(), e.forum(), e.caseNumber(), e.decidedOn(),
                e.deviations() == null ? List.of() : List.copyOf(e.deviations()));
        change(e.version(), v -> v.withAdoption(e.party().id(), adoption));
    }

    @EventSourcingHandler
    void on(VersionSigned e) {
        change(e.version(), v -> v.withSignature(e.party().id(), new Signature(e.party(), e.signatory(), e.signedOn())));
    }

    @EventSourcingHandler
    void on(VersionEnteredIntoForce e) {
        change(e.version(), v -> v.inForceFrom(e.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(VersionSuperseded e) {
        change(e.version(), v -> v.supersededBy(e.supersededBy(), e.supersededOn()));
    }

    @EventSourcingHandler
    void on(OfferingEstablishmentConfirmed e) {
        // A fact about the world: every open copy of the assignment learns it too.
        UnaryOperator<Assignment> confirm = a -> a.assignmentId().equals(e.assignmentId()) && a.inTransition()
                ? a.established(e.establishedOn()) : a;
        for (AgreementVersion v : List.copyOf(versions)) {
            if (v.number() == e.version() || v.status().isOpen()) {
                change(v.number(), x -> x.mapAssignments(confirm));
            }
        }
    }

    @EventSourcingHandler
    void on(AdoptionCorrected e) {
        change(e.version(), v -> v.withAdoption(e.party().id(),
                v.adoptions().get(e.party().id()).corrected(e.caseNumber(), e.decidedOn())));
    }

    @EventSourcingHandler
    void on(SignatureCorrected e) {
        change(e.version(), v -> v.withSignature(e.party().id(), new Signature(e.party(), e.signatory(), e.signedOn())));
    }

    @EventSourcingHandler
    void on(EffectiveDateCorrected e) {
        change(e.version(), v -> v.withEffectiveFrom(e.effectiveFrom()));
        for (AgreementVersion v : List.copyOf(versions)) {
            if (v.supersededBy() != null && v.supersededBy() == e.version()) {
                change(v.number(), x -> x.supersededBy(e.version(), e.effectiveFrom()));
            }
        }
    }

    @EventSourcingHandler
    void on(AgreementTerminated e) {
        terminated = true;
        terminatedOn = e.terminatedOn();
    }

    @EventSourcingHandler
    void on(ReviewDateAgreed e) {
        reviewDueOn = e.reviewDueOn();
    }

    @EventSourcingHandler
    void on(VersionDiscarded e) {
        change(e.version(), AgreementVersion::discarded);
    }

    private void change(int number, UnaryOperator<AgreementVersion> change) {
        versions.set(number - 1, change.apply(versions.get(number - 1)));
    }

    // ---- Read helpers for the command side ----

    protected Optional<AgreementVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    protected Optional<AgreementVersion> versionInForce() {
        return versions.stream().filter(v -> v.status() == VersionStatus.IN_FORCE).findFirst();
    }

    protected Optional<AgreementVersion> openVersion() {
        return versions.stream().filter(v -> v.status().isOpen()).findFirst();
    }

    protected AgreementParties parties() {
        return new AgreementParties(healthTrust, List.copyOf(municipalities), List.copyOf(contributors));
    }
}
