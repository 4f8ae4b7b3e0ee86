package no.samarbeidsavtaler.projections.responsibility;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;

/**
 * The walk up to the parents of special agreements, so "yields to its parent" can see the parent: breadth-first,
 * at most {@value #MAX_DEPTH} generations, each generation fetched at once. The fetch decides where the parents
 * come from (the store, or views already read) and their order, which answers keep.
 */
final class Ancestry {

    static final int MAX_DEPTH = 8;

    private Ancestry() {
    }

    static List<AgreementView> withAncestors(List<AgreementView> views,
                                             Function<Set<String>, ? extends Collection<AgreementView>> fetch) {
        Map<String, AgreementView> byId = new LinkedHashMap<>();
        views.forEach(v -> byId.put(v.agreementId(), v));
        Collection<AgreementView> frontier = views;
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            Set<String> missing = new LinkedHashSet<>();
            frontier.stream().map(AgreementView::parentAgreementId)
                    .filter(p -> p != null && !byId.containsKey(p)).forEach(missing::add);
            frontier = missing.isEmpty() ? List.of() : fetch.apply(missing);
            frontier.forEach(v -> byId.put(v.agreementId(), v));
        }
        return List.copyOf(byId.values());
    }
}
