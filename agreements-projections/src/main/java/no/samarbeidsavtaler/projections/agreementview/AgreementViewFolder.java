package no.samarbeidsavtaler.projections.agreementview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.samarbeidsavtaler.core.agreement.events.*;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AdoptionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.SignatureView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;

/**
 * The pure fold from events to {@link AgreementView}: no I/O, no clock, usable live (the projection)
 * and offline (rebuilds, history, "as recorded" views). Each step mirrors the aggregate's event
 * sourcing handler in {@code AgreementState}, so the view holds the same facts the aggregate does.
 *
 * <p>Rules that make it safe to call with anything:
 * <ul>
 *   <li>an event whose sequence number is not above {@code current.version()} was applied already:
 *       {@code current} is returned unchanged (idempotent under redelivery and replay);</li>
 *   <li>before {@link AgreementRegistered} ({@code current == null}) every other event is ignored and
 *       {@code null} returned: there is no agreement to attach it to;</li>
 *   <li>a payload that is not an agreement event, an unknown event type, or an event of another
 *       agreement returns {@code current} unchanged, version included;</li>
 *   <li>an event naming a version or clause the view lacks changes nothing but the version stamp.</li>
 * </ul>
 */
public final class AgreementViewFolder {

    private interface Step<E> {
        AgreementView apply(AgreementView view, E event, Instant recordedAt);
    }

    private static final Map<Class<?>, Step<Object>> STEPS = new LinkedHashMap<>();

    static {
        on(DraftVersionOpened.class, (view, e, at) -> {
            List<ClauseView> start = e.basedOnVersion() == null ? List.of()
                    : view.versionNumbered(e.basedOnVersion()).map(VersionEdits::clausesForNextDraft).orElse(List.of());
            List<VersionView> versions = new ArrayList<>(view.versions());
            VersionView draft = VersionEdits.draft(e.version(), e.basedOnVersion(), start);
            if (e.version() == versions.size() + 1) {
                versions.add(draft);
            } else if (e.version() >= 1 && e.version() <= versions.size()) {
                versions.set(e.version() - 1, draft);
            }
            return Views.withVersions(view, versions);
        });
        on(ClauseAdded.class, (view, e, at) -> Views.changeVersion(view, e.version(), v -> VersionEdits.withClause(v,
                new ClauseView(e.clauseId(), e.number(), e.title(), e.text(), 1, false, List.of()))));
        on(ClauseAmended.class, (view, e, at) -> Views.changeClause(view, e.version(), e.clauseId(),
                c -> VersionEdits.amended(c, e.number(), e.title(), e.text())));
        on(ClauseWithdrawn.class, (view, e, at) -> Views.changeClause(view, e.version(), e.clauseId(),
                VersionEdits::withdrawn));
        on(ResponsibilityAssigned.class, (view, e, at) -> Views.changeClause(view, e.version(), e.clauseId(),
                c -> VersionEdits.withAssignment(c,
                        new AssignmentView(e.assignmentId(), e.assignment(), e.transitionFrom(), null))));
        on(ResponsibilityAmended.class, (view, e, at) -> Views.changeClause(view, e.version(), e.clauseId(),
                c -> VersionEdits.withAssignment(c,
                        new AssignmentView(e.assignmentId(), e.assignment(), e.transitionFrom(), null))));
        on(ResponsibilityWithdrawn.class, (view, e, at) -> Views.changeClause(view, e.version(), e.clauseId(),
                c -> VersionEdits.withoutAssignment(c, e.assignmentId())));
        on(VersionNegotiated.class, (view, e, at) -> Views.changeVersion(view, e.version(),
                v -> VersionEdits.negotiated(v, e.negotiatedOn())));
        on(VersionAdopted.class, (view, e, at) -> Views.changeVersion(view, e.version(),
                v -> VersionEdits.withAdoption(v, new AdoptionView(e.party(), e.forum(), e.caseNumber(), e.decidedOn(),
                        e.deviations() == null ? List.of() : List.copyOf(e.deviations())))));
        on(VersionSigned.class, (view, e, at) -> Views.changeVersion(view, e.version(),
                v -> VersionEdits.withSignature(v, new SignatureView(e.party(), e.signatory(), e.signedOn()))));
        on(VersionEnteredIntoForce.class, (view, e, at) -> Views.changeVersion(view, e.version(),
                v -> VersionEdits.inForceFrom(v, e.effectiveFrom())));
        on(VersionSuperseded.class, (view, e, at) -> Views.changeVersion(view, e.version(),
                v -> VersionEdits.supersededBy(v, e.supersededBy(), e.supersededOn())));
        on(OfferingEstablishmentConfirmed.class, (view, e, at) -> {
            // A fact about the world: every open copy of the assignment learns it too (as the aggregate does).
            UnaryOperator<AssignmentView> confirm = a -> a.assignmentId().equals(e.assignmentId()) && a.inTransition()
                    ? new AssignmentView(a.assignmentId(), a.terms(), a.transitionFrom(), e.establishedOn()) : a;
            return Views.withVersions(view, view.versions().stream()
                    .map(v -> v.number() == e.version() || v.status().isOpen() ? VersionEdits.mapAssignments(v, confirm) : v)
                    .toList());
        });
        on(AdoptionCorrected.class, (view, e, at) -> Views.changeVersion(view, e.version(),
                v -> v.adoptionBy(e.party().id()).map(old -> VersionEdits.withAdoption(v, new AdoptionView(old.party(),
                        old.forum(), e.caseNumber(), e.decidedOn(), old.deviations()))).orElse(v)));
        on(SignatureCorrected.class, (view, e, at) -> Views.changeVersion(view, e.version(),
                v -> v.signatureBy(e.party().id()).isEmpty() ? v
                        : VersionEdits.withSignature(v, new SignatureView(e.party(), e.signatory(), e.signedOn()))));
        on(EffectiveDateCorrected.class, (view, e, at) -> Views.withVersions(view, view.versions().stream().map(v -> {
            if (v.number() == e.version()) {
                return VersionEdits.withEffectiveFrom(v, e.effectiveFrom());
            }
            // The version it superseded now ends on the corrected date.
            return v.supersededBy() != null && v.supersededBy() == e.version()
                    ? VersionEdits.supersededBy(v, e.version(), e.effectiveFrom()) : v;
        }).toList()));
        on(AgreementTerminated.class, (view, e, at) -> Views.terminated(view, e.terminatedOn(), e.reason()));
        on(ReviewDateAgreed.class, (view, e, at) -> Views.reviewDueOn(view, e.reviewDueOn()));
        on(VersionDiscarded.class, (view, e, at) -> Views.changeVersion(view, e.version(),
                v -> VersionEdits.discarded(v, e.reason(), at)));
    }

    private AgreementViewFolder() {
    }

    /**
     * Applies one event.
     *
     * @param current        the view so far, {@code null} before the agreement's registration
     * @param eventPayload   an event of {@code core.agreement.events} (anything else is ignored)
     * @param sequenceNumber the event's sequence number in the agreement's stream (0 for registration)
     * @param recordedAt     when the event was recorded (transaction time)
     * @return the new view; {@code current} itself when nothing applies; {@code null} while unregistered
     */
    public static AgreementView apply(AgreementView current, Object eventPayload, long sequenceNumber,
                                      Instant recordedAt) {
        if (current != null && sequenceNumber <= current.version()) {
            return current;
        }
        if (eventPayload instanceof AgreementRegistered registered) {
            if (current != null && !current.agreementId().equals(registered.agreementId())) {
                return current;
            }
            return Views.registered(current, registered, sequenceNumber, recordedAt);
        }
        Step<Object> step = eventPayload == null ? null : STEPS.get(eventPayload.getClass());
        if (current == null || step == null
                || !current.agreementId().equals(((AgreementEvent) eventPayload).agreementId())) {
            return current;
        }
        return Views.stamped(step.apply(current, eventPayload, recordedAt), sequenceNumber, recordedAt);
    }

    /** Folds a whole stream in order, sequence numbers 0, 1, 2, … as the aggregate's. */
    public static AgreementView foldAll(List<?> eventPayloads, Instant recordedAt) {
        AgreementView view = null;
        for (int i = 0; i < eventPayloads.size(); i++) {
            view = apply(view, eventPayloads.get(i), i, recordedAt);
        }
        return view;
    }

    /** Every event type the fold understands (the tests compare it with the events package). */
    public static Set<Class<?>> handledEventTypes() {
        Set<Class<?>> types = new java.util.LinkedHashSet<>(STEPS.keySet());
        types.add(AgreementRegistered.class);
        return Set.copyOf(types);
    }

    @SuppressWarnings("unchecked")
    private static <E> void on(Class<E> type, Step<E> step) {
        STEPS.put(type, (Step<Object>) step);
    }
}
