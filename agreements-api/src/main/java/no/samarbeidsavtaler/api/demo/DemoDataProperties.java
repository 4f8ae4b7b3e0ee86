package no.samarbeidsavtaler.api.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agreements.demo-data.*}.
 *
 * @param enabled load the demo agreements on first start. Unset means: only with the embedded store,
 *                never when a MongoDB URI is configured (a real deployment must ask for it explicitly)
 */
@ConfigurationProperties(prefix = "agreements.demo-data")
public record DemoDataProperties(Boolean enabled) {

    public boolean active(boolean embeddedStore) {
        return enabled != null ? enabled : embeddedStore;
    }
}
