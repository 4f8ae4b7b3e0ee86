package no.samarbeidsavtaler.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Defaults that depend on where the events are kept (ADR 0007). */
class RegistryStorePropertiesTest {

    @Test
    void theEmbeddedStoreCachesAgreementsByDefault() {
        assertThat(properties(null, null).aggregateCacheSize())
                .isEqualTo(RegistryStoreProperties.DEFAULT_AGGREGATE_CACHE_SIZE);
        assertThat(properties(" ", null).aggregateCacheSize())
                .isEqualTo(RegistryStoreProperties.DEFAULT_AGGREGATE_CACHE_SIZE);
    }

    @Test
    void aSharedDatabaseDoesNotUnlessAsked() {
        assertThat(properties("mongodb://db1/?replicaSet=rs0", null).aggregateCacheSize()).isZero();
        assertThat(properties("mongodb://db1/?replicaSet=rs0", 500).aggregateCacheSize()).isEqualTo(500);
    }

    @Test
    void aNegativeSizeIsRefused() {
        assertThatThrownBy(() -> properties(null, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aggregate-cache-size");
    }

    private static RegistryStoreProperties properties(String uri, Integer aggregateCacheSize) {
        return new RegistryStoreProperties(uri, null, null, null, null, null, null, null, null, aggregateCacheSize);
    }
}
