package no.samarbeidsavtaler.projections.responsibility;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
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
 *
 * <p>With a {@code trustStampsFor} above zero a stamp read found current is trusted for that long: questions
 * in that span read nothing at all. Why: the stamp read was a fifth of a question's CPU on the embedded
 * server, and on a replica set it is a network round trip per question. What it costs: another node's
 * writes are seen up to that much later (on top of the projection's own lag). This node's writes are seen at
 * once, since every write counts itself in {@link LocalViewWrites} before a reader can look, and a reader
 * trusts its entry only while that count is unchanged.
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
    private final long trustNanos;
    private final LongSupplier nanoTime;
    private final Cache<String, Entry> entries;
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    TrustViewCache(AgreementViewStore store) {
        this(store, Duration.ZERO);
    }

    TrustViewCache(AgreementViewStore store, Duration trustStampsFor) {
        this(store, MAX_CACHED_VIEWS, trustStampsFor, System::nanoTime);
    }

    TrustViewCache(AgreementViewStore store, int maxCachedViews) {
        this(store, maxCachedViews, Duration.ZERO, System::nanoTime);
    }

    TrustViewCache(AgreementViewStore store, int maxCachedViews, Duration trustStampsFor, LongSupplier nanoTime) {
        this.store = store;
        this.trustNanos = trustStampsFor.toNanos();
        this.nanoTime = nanoTime;
        // Evictions run on the asking thread (cheap), so the bound holds the moment an entry is added.
        this.entries = Caffeine.newBuilder().maximumWeight(maxCachedViews).executor(Runnable::run)
                .<String, Entry>weigher((trust, entry) -> entry.views.size()).build();
    }

    /**
     * Parsed views with when their stamps were last found current: {@code checkedAt} (nanoTime) and
     * {@code localWrites} ({@link LocalViewWrites#version} of the keys then), both taken BEFORE that stamp read.
     */
    private record Entry(TrustViews views, long checkedAt, long localWrites) {
    }

    /** The trust's views as stored now: the cached ones when their stamps are unchanged, else read again. */
    TrustViews get(String trust) {
        AgreementViewStore pinned = store.pinned();
        String generation = pinned.collections().views();
        Entry entry = entries.getIfPresent(trust);
        TrustViews cached = sameGeneration(entry, generation);
        Set<String> keys = keys(trust, cached);
        long checkedAt = nanoTime.getAsLong();
        long localWrites = pinned.stamps().local().version(keys);
        if (trusted(entry, cached, checkedAt, localWrites)) {
            return cached;
        }
        Map<String, Object> stamps = pinned.stamps().read(keys);
        if (valid(cached, stamps)) {
            if (trustNanos > 0) {
                entries.put(trust, new Entry(cached, checkedAt, localWrites));
            }
            return cached;
        }
        if (cached != null && !cached.reusable) {
            // Not trusted (no stamp yet, or a missing parent): readers must not queue behind each other for it.
            TrustViews fresh = TrustViews.load(pinned, trust, stamps, cached);
            entries.put(trust, new Entry(fresh, checkedAt, localWrites));
            return fresh;
        }
        // One refresh per trust at a time: concurrent readers of a changed trust wait for it instead of all
        // reading the same views. The stamps are read again under the lock, so a refresh made meanwhile is used.
        synchronized (locks.computeIfAbsent(trust, t -> new Object())) {
            cached = sameGeneration(entries.getIfPresent(trust), generation);
            keys = keys(trust, cached);
            checkedAt = nanoTime.getAsLong();
            localWrites = pinned.stamps().local().version(keys);
            stamps = pinned.stamps().read(keys);
            if (!valid(cached, stamps)) {
                cached = TrustViews.load(pinned, trust, stamps, cached);
            }
            entries.put(trust, new Entry(cached, checkedAt, localWrites));
            return cached;
        }
    }

    /** Within the trust span of its last check, and no write of this node since: no need to read the stamps. */
    private boolean trusted(Entry entry, TrustViews cached, long now, long localWrites) {
        return trustNanos > 0 && cached != null && cached.reusable && entry.localWrites == localWrites
                && now - entry.checkedAt < trustNanos;
    }

    private static Set<String> keys(String trust, TrustViews cached) {
        return cached == null ? Set.of(ViewStamps.key(trust)) : cached.watched;
    }

    private static boolean valid(TrustViews cached, Map<String, Object> stamps) {
        return cached != null && cached.reusable && cached.stamps.equals(stamps);
    }

    private static TrustViews sameGeneration(Entry entry, String generation) {
        return entry != null && entry.views.generation.equals(generation) ? entry.views : null;
    }
}
