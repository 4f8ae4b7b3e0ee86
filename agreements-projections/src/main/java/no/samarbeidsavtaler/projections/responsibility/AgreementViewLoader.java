package no.samarbeidsavtaler.projections.responsibility;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;

/**
 * Loads the agreement views a question can need, using only exact {@code _id} reads of the lookup
 * documents and {@code $in} on {@code _id} for the views, then the missing ancestors of special
 * agreements (so "yields to its parent" can see the parent).
 */
public final class AgreementViewLoader {

    private static final int MAX_ANCESTRY = 8;

    private final AgreementViewStore store;
    private final PartyDirectory parties;

    public AgreementViewLoader(AgreementViewStore store, PartyCatalogue catalogue) {
        this.store = store;
        this.parties = new PartyDirectory(catalogue);
    }

    /**
     * @param healthTrust    when set, its agreements (intersected with the municipalities' when those are given)
     * @param municipalities when set, agreements naming any number of their lineages
     */
    public List<AgreementView> load(String healthTrust, Collection<String> municipalities) {
        Set<String> ids;
        if (municipalities.isEmpty()) {
            ids = store.idsForTrust(healthTrust);
        } else {
            Set<String> lineages = new LinkedHashSet<>();
            municipalities.forEach(m -> lineages.addAll(parties.lineage(m)));
            ids = new LinkedHashSet<>(store.idsForMunicipalities(lineages));
            if (healthTrust != null) {
                ids.retainAll(store.idsForTrust(healthTrust));
            }
        }
        return withAncestors(store.findAll(ids));
    }

    private List<AgreementView> withAncestors(List<AgreementView> views) {
        Map<String, AgreementView> byId = new LinkedHashMap<>();
        views.forEach(v -> byId.put(v.agreementId(), v));
        List<AgreementView> frontier = views;
        for (int depth = 0; depth < MAX_ANCESTRY && !frontier.isEmpty(); depth++) {
            Set<String> missing = new LinkedHashSet<>();
            frontier.stream().map(AgreementView::parentAgreementId)
                    .filter(p -> p != null && !byId.containsKey(p)).forEach(missing::add);
            frontier = missing.isEmpty() ? List.of() : store.findAll(missing);
            frontier.forEach(v -> byId.put(v.agreementId(), v));
        }
        return List.copyOf(byId.values());
    }
}
