package no.samarbeidsavtaler.projections.agreementview;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the view writes made in this JVM, per stamp key ({@link ViewStamps#key}), so a reader that trusts a
 * stamp read for a short time ({@code TrustViewCache}) still sees this node's own writes at once. Only
 * other nodes' writes wait for the trust to expire.
 *
 * <p>Why JVM-wide by default ({@link #THIS_JVM}) and not per store object: the live projection, a rebuild's
 * catch-up and the queries each build their own {@link AgreementViewStore}; counting every write in the JVM
 * can only make a reader validate more often than needed, never less. Tests pass their own instance to play
 * another node.
 *
 * <p>Counters only grow, so {@link #version} (their sum over some keys, plus the resets) changes exactly when
 * one of them moved.
 */
public final class LocalViewWrites {

    public static final LocalViewWrites THIS_JVM = new LocalViewWrites();

    private final ConcurrentMap<String, AtomicLong> byKey = new ConcurrentHashMap<>();
    private final AtomicLong resets = new AtomicLong();

    /** Called AFTER the views of these keys were written (and their stamps bumped, or tried). */
    void wrote(Collection<String> keys) {
        keys.forEach(k -> byKey.computeIfAbsent(k, x -> new AtomicLong()).incrementAndGet());
    }

    /** Called after every stamp was deleted: every key counts as written. */
    void cleared() {
        resets.incrementAndGet();
    }

    /** Read BEFORE the stamps: equal values before and after a span mean no write of this JVM fell in it. */
    public long version(Collection<String> keys) {
        long sum = resets.get();
        for (String key : keys) {
            AtomicLong count = byKey.get(key);
            sum += count == null ? 0 : count.get();
        }
        return sum;
    }
}
