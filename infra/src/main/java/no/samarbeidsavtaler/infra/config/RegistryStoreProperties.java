package no.samarbeidsavtaler.infra.config;

import java.nio.file.Path;
import java.time.Duration;
import no.samarbeidsavtaler.infra.embedded.H2StoreOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the registry keeps its events. With no {@code uri} the embedded server is started on
 * {@code dataDirectory}; with a URI (a real replica set) nothing embedded starts.
 *
 * @param uri               MongoDB connection string; bound from {@code AGREEMENTS_MONGODB_URI} too
 * @param database          database name
 * @param dataDirectory     where the embedded server keeps its H2 file
 * @param embeddedPort      loopback port of the embedded server (0 = any free port)
 * @param snapshotThreshold events after which an aggregate snapshot is taken ({@value #DEFAULT_SNAPSHOT_THRESHOLD}: an
 *                          agreement reaches about 100 events in a few revisions, and replaying them was half
 *                          the CPU of a command at 50 in the benchmark's profile)
 * @param batchSize         events per tracking read
 * @param gapTimeout        how long an allocated but invisible position is waited for
 * @param claimTimeout      how long a dead node's token claims block its segments
 * @param embeddedCacheMb   the embedded store's H2 page cache in MB (default
 *                          {@value no.samarbeidsavtaler.infra.embedded.H2StoreOptions#DEFAULT_CACHE_SIZE_MB}); heap memory
 * @param aggregateCacheSize agreements kept loaded between commands on this node (0 = none). Default
 *                          {@value #DEFAULT_AGGREGATE_CACHE_SIZE} on the embedded store, whose file lock keeps
 *                          it to one node, and 0 with a URI: a node's cached agreement goes stale when another
 *                          node changes it. Stale state never reaches the store (the append's unique stream key
 *                          refuses it and the entry is dropped), but the client gets one needless 412 or 409, so
 *                          turn it on with a URI only when the load balancer sends an agreement to one node.
 */
@ConfigurationProperties(prefix = "agreements.store")
public record RegistryStoreProperties(String uri,
                                      String database,
                                      Path dataDirectory,
                                      Integer embeddedPort,
                                      Integer snapshotThreshold,
                                      Integer batchSize,
                                      Duration gapTimeout,
                                      Duration claimTimeout,
                                      Integer embeddedCacheMb,
                                      Integer aggregateCacheSize) {

    public static final int DEFAULT_SNAPSHOT_THRESHOLD = 10;
    public static final int DEFAULT_AGGREGATE_CACHE_SIZE = 2000;

    public RegistryStoreProperties {
        database = blankTo(database, "samarbeidsavtaler");
        dataDirectory = dataDirectory == null ? Path.of("data") : dataDirectory;
        embeddedPort = embeddedPort == null ? 0 : embeddedPort;
        snapshotThreshold = snapshotThreshold == null ? DEFAULT_SNAPSHOT_THRESHOLD : snapshotThreshold;
        batchSize = batchSize == null ? 500 : batchSize;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
        embeddedCacheMb = embeddedCacheMb == null ? H2StoreOptions.DEFAULT_CACHE_SIZE_MB : embeddedCacheMb;
        if (aggregateCacheSize == null) {
            aggregateCacheSize = isBlank(uri) ? DEFAULT_AGGREGATE_CACHE_SIZE : 0;
        }
        if (aggregateCacheSize < 0) {
            throw new IllegalArgumentException("agreements.store.aggregate-cache-size must be 0 or more, was "
                    + aggregateCacheSize);
        }
    }

    public boolean embedded() {
        return isBlank(uri);
    }

    private static String blankTo(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
