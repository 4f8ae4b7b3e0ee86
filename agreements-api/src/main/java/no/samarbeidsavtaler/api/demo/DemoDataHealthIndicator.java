package no.samarbeidsavtaler.api.demo;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * "demoData" in {@code /actuator/health}: OUT_OF_SERVICE (so the whole status is, with HTTP 503) while the demo
 * agreements are being recorded and applied to the read models; UP afterwards, and at once when demo data is off.
 */
@Component
public class DemoDataHealthIndicator implements HealthIndicator {

    private final DemoDataLoader loader;

    public DemoDataHealthIndicator(DemoDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public Health health() {
        return loader.done() ? Health.up().build()
                : Health.status(Status.OUT_OF_SERVICE).withDetail("demoData", "loading the demo agreements").build();
    }
}
