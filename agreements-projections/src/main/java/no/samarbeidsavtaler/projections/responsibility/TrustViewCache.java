package no.samarbeidsavtaler.projections.responsibility;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.ViewStamps;

/**
 * This node's parsed agreement views per health trust, validated on every use with ONE exact {@code _id}
 * (or {@code $in}) read of the trust's change stamp ({@link ViewStamps}).
 *
 * <p>Why: a responsibility question used to read every view of the trust or municipality and convert each
 * document with Jackson, so its cost grew with the number of agreements. The stamp read costs the same
 * whatever the registry holds; views are re-read only after a change of the trust, and then only those whose
 * stored version moved (see {@link TrustViews#load}).
 *
 * <p>Why it stays correct with several nodes, rebuilds and restarts:
 * <ul>
 *   <li>every write through {@link AgreementViewStore} (any node, the live projection, a rebuild, a reset)
 *       bumps the stamp AFTER writing the views, and a reader reads the stamp BEFORE the views: a view read
 *       here is never older than the stamp it is cached with, and a later write moves the stamp;</li>
 *   <li>stamps are unique values ({@code ObjectId}), never counters, so no stamp value comes back (no ABA); a
 *       missing stamp means "unknown" and is never trusted;</li>
 *   <li>entries remember the generation (views collection name) they were read from: after a rebuild's
 *       switch the active generation differs and the entry is read again from the new one;</li>
 *   <li>nothing is persisted: a restart starts empty.</li>
 * </ul>
 * Limit: a write that stores the view but dies before bumping the stamp leaves caches stale until the trust's
 * next change, the same window in which the lookup documents would be stale too (the fold then sees the
 * event as applied).
 */
final class TrustViewCache {

    /**
     * At most this many parsed views (about 20 KB of heap each) are kept, over all trusts. The national
     * registry ten times over is under a thousand agreements; the million-event benchmark, with over 20,000,
     * reached 800 MB of heap with every trust cached. Beyond the bound, the trusts asked about least
     * recently are read again when next asked.
     */
    static final int MAX_CACHED_VIEWS = 5_000;

    private final AgreementViewStore store;
    private final Cache<String, TrustViews> entries;
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    TrustViewCache(AgreementViewStore store) {
        this(store, MAX_CACHED_VIEWS);
    }

    TrustViewCache(AgreementViewStore store, int maxCachedViews) {
        this.store = store;
        // Evictions run on the asking thread (cheap), so the bound holds the moment an entry is added.
        this.entries = Caffeine.newBuilder().maximumWeight(maxCachedViews).executor(Runnable::run)
                .<String, TrustViews>weigher((trust, views) -> views.size()).build();
    }

    /** The trust's views as stored now: the cached ones when their stamps are unchanged, else read again. */
    TrustViews get(String trust) {
        AgreementViewStore pinned = store.pinned();
        String generation = pinned.collections().views();
        TrustViews cached = sameGeneration(entries.getIfPresent(trust), generation);
        Map<String, Object> stamps = pinned.stamps().read(keys(trust, cached));
        if (valid(cached, stamps)) {
            return cached;
        }
        if (cached != null && !cached.reusable) {
            // Not trusted (no stamp yet, or a missing parent): readers must not queue behind each other for it.
            TrustViews fresh = TrustViews.load(pinned, trust, stamps, cached);
            entries.put(trust, fresh);
            return fresh;
        }
        // One refresh per trust at a time: concurrent readers of a changed trust wait for it instead of all
        // reading the same views. The stamps are read again under the lock, so a refresh made meanwhile is used.
        synchronized (locks.computeIfAbsent(trust, t -> new Object())) {
            cached = sameGeneration(entries.getIfPresent(trust), generation);
            stamps = pinned.stamps().read(keys(trust, cached));
            if (valid(cached, stamps)) {
                return cached;
            }
            TrustViews fresh = TrustViews.load(pinned, trust, stamps, cached);
            entries.put(trust, fresh);
            return fresh;
        }
    }

    private static Set<String> keys(String trust, TrustViews cached) {
        return cached == null ? Set.of(ViewStamps.key(trust)) : cached.watched;
    }

    private static boolean valid(TrustViews cached, Map<String, Object> stamps) {
        return cached != null && cached.reusable && cached.stamps.equals(stamps);
    }

    private static TrustViews sameGeneration(TrustViews entry, String generation) {
        return entry != null && entry.generation.equals(generation) ? entry : null;
    }
}
