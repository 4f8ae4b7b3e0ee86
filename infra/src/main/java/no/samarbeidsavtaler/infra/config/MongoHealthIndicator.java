package no.samarbeidsavtaler.infra.config;

import com.mongodb.client.MongoDatabase;
import no.samarbeidsavtaler.infra.config.MongoStoreConfiguration.RegistryStore;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Pings the store the application writes to and says which one it is. */
public class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final RegistryStore store;

    public MongoHealthIndicator(MongoDatabase database, RegistryStore store) {
        this.database = database;
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up()
                .withDetail("store", store.description())
                .withDetail("embedded", store.embedded())
                .withDetail("database", database.getName());
    }
}
