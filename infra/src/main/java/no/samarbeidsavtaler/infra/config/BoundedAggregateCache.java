package no.samarbeidsavtaler.infra.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's aggregate cache on a size-bounded Caffeine map. Axon 4 brings adapters for Ehcache and JCache
 * and a {@code WeakReferenceCache}; the last loses its entries at the next collection (about once a
 * second under load), and the others would add a cache provider and its configuration to the app for
 * one map. Caffeine is already here (the query caches), so this adapter is the smaller dependency.
 *
 * <p>Entry listeners are not supported: Axon's caching repository does not register any.
 */
final class BoundedAggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

    BoundedAggregateCache(int maximumAggregates) {
        if (maximumAggregates < 1) {
            throw new IllegalArgumentException("maximumAggregates must be at least 1, was " + maximumAggregates);
        }
        this.entries = Caffeine.newBuilder().maximumSize(maximumAggregates).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, Objects.requireNonNull(value, "value"));
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.asMap().putIfAbsent(key, Objects.requireNonNull(value, "value")) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.get(key, k -> Objects.requireNonNull(valueSupplier.get(),
                () -> "value supplier gave null for " + key));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("The aggregate cache has no entry listeners");
    }

    /** Entries held now, after Caffeine's pending evictions (for tests of the bound). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
