package no.samarbeidsavtaler.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code agreements.api.*}.
 *
 * @param maxRequestSize largest request body accepted (default 1 MiB); larger ones get 413
 */
@ConfigurationProperties(prefix = "agreements.api")
public record ApiProperties(DataSize maxRequestSize) {

    public ApiProperties {
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
    }
}
