package no.samarbeidsavtaler.projections.responsibility;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
        return Ancestry.withAncestors(store.findAll(ids), store::findAll);
    }
}
