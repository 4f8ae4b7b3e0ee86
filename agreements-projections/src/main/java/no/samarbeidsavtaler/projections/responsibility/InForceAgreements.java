package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;

/**
 * The agreements in force on one date, each with its version in force: effectiveFrom ≤ date &lt;
 * supersededOn and not terminated by then (see {@link AgreementView#versionInForceOn}). Optionally
 * restricted to one health trust's agreements.
 */
public final class InForceAgreements {

    /** One agreement and the version in force on the date. */
    public record InForce(AgreementView agreement, VersionView version) {
    }

    private final LocalDate date;
    private final List<InForce> all;
    private final Map<String, AgreementView> byId = new LinkedHashMap<>();

    private InForceAgreements(LocalDate date, List<InForce> all, Collection<AgreementView> views) {
        this.date = date;
        this.all = all;
        views.forEach(v -> byId.put(v.agreementId(), v));
    }

    /** @param healthTrust only this trust's agreements; {@code null} for every agreement given */
    public static InForceAgreements on(LocalDate date, Collection<AgreementView> views, String healthTrust) {
        List<InForce> inForce = views.stream()
                .filter(v -> healthTrust == null || healthTrust.equals(v.healthTrust()))
                .flatMap(v -> v.versionInForceOn(date).map(version -> new InForce(v, version)).stream())
                .toList();
        return new InForceAgreements(date, inForce, views);
    }

    public LocalDate date() {
        return date;
    }

    public List<InForce> all() {
        return all;
    }

    /** The in-force agreements naming any of the numbers (a municipality's lineage). */
    public List<InForce> naming(Set<String> municipalityNumbers) {
        return all.stream()
                .filter(f -> !Collections.disjoint(f.agreement().municipalities(), municipalityNumbers)).toList();
    }

    /** Ids of the agreement's parent, grandparent, … as far as they were given (cycles are cut). */
    public Set<String> ancestors(AgreementView agreement) {
        Set<String> ancestors = new LinkedHashSet<>();
        String parent = agreement.parentAgreementId();
        while (parent != null && ancestors.add(parent)) {
            AgreementView next = byId.get(parent);
            parent = next == null ? null : next.parentAgreementId();
        }
        return ancestors;
    }
}
