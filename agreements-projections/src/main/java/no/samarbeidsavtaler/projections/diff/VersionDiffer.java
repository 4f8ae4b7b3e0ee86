package no.samarbeidsavtaler.projections.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import no.samarbeidsavtaler.projections.diff.VersionDiff.AdoptionChange;
import no.samarbeidsavtaler.projections.diff.VersionDiff.CellChange;
import no.samarbeidsavtaler.projections.diff.VersionDiff.ChangeKind;
import no.samarbeidsavtaler.projections.diff.VersionDiff.ClauseChange;
import no.samarbeidsavtaler.projections.diff.VersionDiff.ClauseText;
import no.samarbeidsavtaler.projections.diff.VersionDiff.DateChange;
import no.samarbeidsavtaler.projections.diff.VersionDiff.Holder;
import no.samarbeidsavtaler.projections.diff.VersionDiff.SignatureChange;

/** The pure diff of two versions of one {@link AgreementView}: no I/O, any two versions, either order. */
public final class VersionDiffer {

    private VersionDiffer() {
    }

    /** Empty when the agreement lacks either version. */
    public static Optional<VersionDiff> diff(AgreementView agreement, int fromVersion, int toVersion) {
        return agreement.versionNumbered(fromVersion).flatMap(from -> agreement.versionNumbered(toVersion)
                .map(to -> diff(agreement, from, to)));
    }

    public static VersionDiff diff(AgreementView agreement, VersionView from, VersionView to) {
        return new VersionDiff(agreement.agreementId(), from.number(), to.number(), clauses(from, to),
                cells(agreement, from, to), dates(from, to),
                changes(from.adoptions(), to.adoptions(), a -> a.party(), AdoptionChange::new),
                changes(from.signatures(), to.signatures(), s -> s.party(), SignatureChange::new));
    }

    private static List<ClauseChange> clauses(VersionView from, VersionView to) {
        Set<String> ids = new LinkedHashSet<>();
        from.clauses().forEach(c -> ids.add(c.clauseId()));
        to.clauses().forEach(c -> ids.add(c.clauseId()));
        List<ClauseChange> changes = new ArrayList<>();
        for (String id : ids) {
            ClauseText before = from.clause(id).filter(c -> !c.withdrawn()).map(VersionDiffer::text).orElse(null);
            ClauseText after = to.clause(id).filter(c -> !c.withdrawn()).map(VersionDiffer::text).orElse(null);
            if (before == null && after != null) {
                changes.add(new ClauseChange(id, ChangeKind.ADDED, null, after));
            } else if (before != null && after == null) {
                changes.add(new ClauseChange(id, ChangeKind.WITHDRAWN, before, null));
            } else if (before != null && !before.equals(after)) {
                changes.add(new ClauseChange(id, ChangeKind.CHANGED, before, after));
            }
        }
        return changes;
    }

    private static ClauseText text(ClauseView clause) {
        return new ClauseText(clause.number(), clause.title(), clause.text());
    }

    private static List<CellChange> cells(AgreementView agreement, VersionView from, VersionView to) {
        Map<CellHolders.Key, List<Holder>> before = CellHolders.of(agreement, from);
        Map<CellHolders.Key, List<Holder>> after = CellHolders.of(agreement, to);
        Set<CellHolders.Key> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<CellChange> changes = new ArrayList<>();
        for (CellHolders.Key key : keys) {
            List<Holder> b = before.getOrDefault(key, List.of());
            List<Holder> a = after.getOrDefault(key, List.of());
            if (!Set.copyOf(b).equals(Set.copyOf(a))) {
                changes.add(new CellChange(key.cell(), key.municipality(), b, a));
            }
        }
        return changes;
    }

    private static List<DateChange> dates(VersionView from, VersionView to) {
        List<DateChange> changes = new ArrayList<>();
        add(changes, "status", from.status(), to.status());
        add(changes, "negotiatedOn", from.negotiatedOn(), to.negotiatedOn());
        add(changes, "effectiveFrom", from.effectiveFrom(), to.effectiveFrom());
        add(changes, "supersededOn", from.supersededOn(), to.supersededOn());
        return changes;
    }

    private static void add(List<DateChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new DateChange(field, before, after));
        }
    }

    /** Per party: what one version recorded against the other, where it differs. */
    private static <T, C> List<C> changes(List<T> from, List<T> to, Function<T, PartyRef> party,
                                          TriFunction<PartyRef, T, T, C> change) {
        Map<PartyRef, T> before = new LinkedHashMap<>();
        from.forEach(t -> before.put(party.apply(t), t));
        Map<PartyRef, T> after = new LinkedHashMap<>();
        to.forEach(t -> after.put(party.apply(t), t));
        Set<PartyRef> parties = new LinkedHashSet<>(before.keySet());
        parties.addAll(after.keySet());
        List<C> changes = new ArrayList<>();
        for (PartyRef p : parties) {
            if (!Objects.equals(before.get(p), after.get(p))) {
                changes.add(change.apply(p, before.get(p), after.get(p)));
            }
        }
        return changes;
    }

    private interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }
}
