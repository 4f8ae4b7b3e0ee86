package no.samarbeidsavtaler.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes {@code axon.update-check.disabled=true} actually stop Axon's usage reporting. In Axon 4.12.2 the
 * {@code UpdateChecker} decides at start from system properties, environment and
 * {@code ~/.axoniq/update-checker.properties} only ({@code UsagePropertyProvider.create()}), so the Spring
 * property alone left it calling out to the internet. This copies the Spring property to Axon's system
 * property {@value #AXON_SYSTEM_PROPERTY} before any bean exists, unless the system property is already set.
 */
public class AxonUpdateCheckOptOut implements EnvironmentPostProcessor {

    static final String AXON_SYSTEM_PROPERTY = "axoniq.update-checker.disabled";
    static final String SPRING_PROPERTY = "axon.update-check.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(AXON_SYSTEM_PROPERTY) == null
                && environment.getProperty(SPRING_PROPERTY, Boolean.class, false)) {
            System.setProperty(AXON_SYSTEM_PROPERTY, "true");
        }
    }
}
