package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.ViewStamps;

/**
 * One health trust's agreement views as read at one moment (immutable): its views in the order of its lookup
 * document, their ancestors, and the trust's ids in each municipality lookup document, so the view lists
 * {@link AgreementViewLoader#load} would return are rebuilt in memory, in the same order (answers list
 * parties in view order, so the order is part of "byte-for-byte the same").
 *
 * <p>{@link #stamps} were read before anything else (see {@link TrustViewCache}); {@link #reusable} is
 * false when a parent agreement was missing (its later registration would bump a stamp nobody watches) or
 * when a watched trust had no stamp yet.
 */
final class TrustViews {

    private static final int MEMO_LIMIT = 16;

    final String generation;
    final Map<String, Object> stamps;
    final Set<String> watched;
    final boolean reusable;
    private final Set<String> trustIds;
    private final Map<String, AgreementView> views;
    private final Map<String, List<String>> byMunicipality;
    private final List<AgreementView> forTrust;
    private final Map<LocalDate, ResponsibilityMatrix> matrices = new ConcurrentHashMap<>();

    private TrustViews(String generation, Map<String, Object> stamps, Set<String> watched, boolean complete,
                       Set<String> trustIds, Map<String, AgreementView> views, Map<String, List<String>> byMunicipality) {
        this.generation = generation;
        this.stamps = Map.copyOf(stamps);
        this.watched = Set.copyOf(watched);
        this.reusable = complete && stamps.keySet().containsAll(watched);
        this.trustIds = trustIds;
        this.views = views;
        this.byMunicipality = byMunicipality;
        this.forTrust = withAncestors(present(trustIds));
    }

    /**
     * Reads the trust's views from {@code store} (pinned on one generation). Views whose stored version equals
     * the one in {@code previous} (same generation) are reused instead of fetched and parsed again.
     */
    static TrustViews load(AgreementViewStore store, String trust, Map<String, Object> stamps, TrustViews previous) {
        Function<Collection<String>, Map<String, AgreementView>> fetch = ids -> fetch(store, ids, previous);
        Set<String> trustIds = store.idsForTrust(trust);
        Map<String, AgreementView> views = new LinkedHashMap<>(fetch.apply(trustIds));
        boolean complete = true;
        Collection<AgreementView> frontier = List.copyOf(views.values());
        for (int depth = 0; depth < Ancestry.MAX_DEPTH && !frontier.isEmpty(); depth++) {
            Set<String> missing = new LinkedHashSet<>();
            frontier.stream().map(AgreementView::parentAgreementId)
                    .filter(p -> p != null && !views.containsKey(p)).forEach(missing::add);
            Map<String, AgreementView> found = missing.isEmpty() ? Map.of() : fetch.apply(missing);
            complete &= found.keySet().containsAll(missing);
            views.putAll(found);
            frontier = found.values();
        }
        Set<String> watched = new LinkedHashSet<>(List.of(ViewStamps.key(trust)));
        views.values().forEach(v -> watched.add(ViewStamps.key(v.healthTrust())));
        Set<String> numbers = new LinkedHashSet<>();
        trustIds.stream().map(views::get).filter(Objects::nonNull).forEach(v -> numbers.addAll(v.municipalities()));
        Map<String, List<String>> byMunicipality = new LinkedHashMap<>();
        store.municipalityLookups(numbers).forEach((number, ids) ->
                byMunicipality.put(number, ids.stream().filter(trustIds::contains).toList()));
        return new TrustViews(store.collections().views(), stamps, watched, complete, trustIds, views, byMunicipality);
    }

    private static Map<String, AgreementView> fetch(AgreementViewStore store, Collection<String> ids, TrustViews previous) {
        Map<String, AgreementView> found = new LinkedHashMap<>();
        if (previous == null) {
            store.findAll(ids).forEach(v -> found.put(v.agreementId(), v));
            return found;
        }
        Map<String, Long> versions = store.versions(ids);
        List<String> changed = new ArrayList<>();
        versions.forEach((id, version) -> {
            AgreementView known = previous.views.get(id);
            if (known == null || known.version() != version) {
                changed.add(id);
            }
        });
        Map<String, AgreementView> fetched = new LinkedHashMap<>();
        store.findAll(changed).forEach(v -> fetched.put(v.agreementId(), v));
        for (String id : ids) {
            AgreementView view = fetched.containsKey(id) ? fetched.get(id) : versions.containsKey(id) ? previous.views.get(id) : null;
            if (view != null) {
                found.put(id, view);
            }
        }
        return found;
    }

    /** How many parsed views this snapshot holds (its weight in the bounded cache). */
    int size() {
        return views.size();
    }

    /** As {@code loader.load(trust, List.of())}: the trust's views, then their ancestors. */
    List<AgreementView> forTrust() {
        return forTrust;
    }

    /**
     * As {@code loader.load(trust, municipalities)}: the trust's agreements naming any number of the lineages,
     * in the order the lookup documents give them (the embedded server and MongoDB both answer an {@code $in}
     * on {@code _id} in ascending {@code _id} order, per chunk of {@link AgreementViewStore#IN_CHUNK}), then
     * their ancestors.
     */
    List<AgreementView> forMunicipalities(Set<String> lineages) {
        List<String> distinct = List.copyOf(lineages);
        Set<String> ids = new LinkedHashSet<>();
        for (int from = 0; from < distinct.size(); from += AgreementViewStore.IN_CHUNK) {
            distinct.subList(from, Math.min(distinct.size(), from + AgreementViewStore.IN_CHUNK)).stream().sorted()
                    .forEach(number -> ids.addAll(byMunicipality.getOrDefault(number, List.of())));
        }
        return withAncestors(present(ids));
    }

    /** The matrix on a date, computed once per snapshot (a snapshot never changes; a change makes a new one). */
    ResponsibilityMatrix matrix(LocalDate date, Function<LocalDate, ResponsibilityMatrix> compute) {
        if (matrices.size() >= MEMO_LIMIT) {
            matrices.clear();
        }
        return matrices.computeIfAbsent(date, compute);
    }

    private List<AgreementView> present(Collection<String> ids) {
        return ids.stream().filter(trustIds::contains).map(views::get).filter(Objects::nonNull).toList();
    }

    /** The loader's walk up the parents, over the views read at load time. */
    private List<AgreementView> withAncestors(List<AgreementView> loaded) {
        return Ancestry.withAncestors(loaded, missing -> missing.stream().map(views::get).filter(Objects::nonNull).toList());
    }
}
