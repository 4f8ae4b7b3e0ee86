package no.samarbeidsavtaler.projections.agreementview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;

/** Immutable edits of the agreement level of an {@link AgreementView}. */
final class Views {

    private Views() {
    }

    /**
     * The registration fixes the agreement's metadata. A repeated registration (never produced by the
     * aggregate) replaces the metadata and keeps the versions, so the newest recorded fact wins.
     */
    static AgreementView registered(AgreementView current, AgreementRegistered e, long sequence, Instant at) {
        return new AgreementView(e.agreementId(), e.kind(), e.designation(), e.title(), e.healthTrust(),
                copy(e.municipalities()), e.parentAgreementId(), copy(e.statutoryPoints()), copy(e.contributors()),
                current == null ? null : current.terminatedOn(), current == null ? null : current.terminationReason(),
                current == null ? null : current.reviewDueOn(),
                current == null ? List.of() : current.versions(), sequence,
                current == null ? at : current.registeredAt(), at);
    }

    static AgreementView stamped(AgreementView v, long sequence, Instant at) {
        return new AgreementView(v.agreementId(), v.kind(), v.designation(), v.title(), v.healthTrust(),
                v.municipalities(), v.parentAgreementId(), v.statutoryPoints(), v.contributors(), v.terminatedOn(),
                v.terminationReason(), v.reviewDueOn(), v.versions(), sequence, v.registeredAt(), at);
    }

    static AgreementView terminated(AgreementView v, LocalDate on, String reason) {
        return new AgreementView(v.agreementId(), v.kind(), v.designation(), v.title(), v.healthTrust(),
                v.municipalities(), v.parentAgreementId(), v.statutoryPoints(), v.contributors(), on, reason,
                v.reviewDueOn(), v.versions(), v.version(), v.registeredAt(), v.lastChangedAt());
    }

    static AgreementView reviewDueOn(AgreementView v, LocalDate reviewDueOn) {
        return new AgreementView(v.agreementId(), v.kind(), v.designation(), v.title(), v.healthTrust(),
                v.municipalities(), v.parentAgreementId(), v.statutoryPoints(), v.contributors(), v.terminatedOn(),
                v.terminationReason(), reviewDueOn, v.versions(), v.version(), v.registeredAt(), v.lastChangedAt());
    }

    static AgreementView withVersions(AgreementView v, List<VersionView> versions) {
        return new AgreementView(v.agreementId(), v.kind(), v.designation(), v.title(), v.healthTrust(),
                v.municipalities(), v.parentAgreementId(), v.statutoryPoints(), v.contributors(), v.terminatedOn(),
                v.terminationReason(), v.reviewDueOn(), List.copyOf(versions), v.version(), v.registeredAt(), v.lastChangedAt());
    }

    /** Changes one version by number; an unknown number leaves the view as it is. */
    static AgreementView changeVersion(AgreementView view, int number, UnaryOperator<VersionView> change) {
        if (view.versionNumbered(number).isEmpty()) {
            return view;
        }
        List<VersionView> next = new ArrayList<>(view.versions());
        next.set(number - 1, change.apply(next.get(number - 1)));
        return withVersions(view, next);
    }

    static AgreementView changeClause(AgreementView view, int number, String clauseId, UnaryOperator<ClauseView> change) {
        return changeVersion(view, number, v -> VersionEdits.changeClause(v, clauseId, change));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
