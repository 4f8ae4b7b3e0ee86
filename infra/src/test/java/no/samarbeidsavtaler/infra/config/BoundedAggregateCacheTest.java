package no.samarbeidsavtaler.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract Axon's caching repository relies on, and the bound that keeps the heap in check. */
class BoundedAggregateCacheTest {

    @Test
    void holdsNoMoreThanItsBound() {
        BoundedAggregateCache cache = new BoundedAggregateCache(100);

        for (int i = 0; i < 1_000; i++) {
            cache.put("agreement-" + i, "state " + i);
        }

        assertThat(cache.size()).isEqualTo(100);
    }

    @Test
    void aRemovedEntryIsGoneAndReportedOnce() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        cache.put("a", "state");

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat(cache.<String, Object>get("a")).isNull();
        assertThat(cache.containsKey("a")).isFalse();
    }

    @Test
    void putIfAbsentKeepsTheFirstValue() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);

        assertThat(cache.putIfAbsent("a", "first")).isTrue();
        assertThat(cache.putIfAbsent("a", "second")).isFalse();
        assertThat(cache.<String, String>get("a")).isEqualTo("first");
    }

    @Test
    void computeIfAbsentAsksOnlyWhenMissingAndComputeIfPresentOnlyWhenThere() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);

        assertThat(cache.<String>computeIfAbsent("a", () -> "computed")).isEqualTo("computed");
        assertThat(cache.<String>computeIfAbsent("a", () -> "again")).isEqualTo("computed");
        cache.<String>computeIfPresent("a", value -> value + "+updated");
        cache.<String>computeIfPresent("b", value -> "never");

        assertThat(cache.<String, String>get("a")).isEqualTo("computed+updated");
        assertThat(cache.containsKey("b")).isFalse();
    }

    @Test
    void removeAllEmptiesIt() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        cache.put("a", "1");
        cache.put("b", "2");

        cache.removeAll();

        assertThat(cache.size()).isZero();
    }

    @Test
    void refusesNullValuesAndAnEmptyBound() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);

        assertThatThrownBy(() -> cache.put("a", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BoundedAggregateCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
