package no.samarbeidsavtaler.infra.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import no.samarbeidsavtaler.infra.embedded.EmbeddedMongoServer;
import no.samarbeidsavtaler.infra.embedded.H2StoreOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one MongoDB client of the application: to a real replica set when a URI is configured,
 * otherwise to the embedded, durable server started here. One log line says which.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryStoreProperties.class)
public class MongoStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoStoreConfiguration.class);

    /** Started only for the embedded default; closed by Spring on shutdown. */
    @Bean(destroyMethod = "close")
    public RegistryStore registryStore(RegistryStoreProperties properties) {
        if (!properties.embedded()) {
            ConnectionString uri = new ConnectionString(properties.uri());
            log.info("Event store: MongoDB at {} (database {})", uri.getHosts(), properties.database());
            return new RegistryStore(uri, null);
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(properties.dataDirectory().toAbsolutePath(),
                properties.embeddedPort(), H2StoreOptions.defaults().withCacheSizeMb(properties.embeddedCacheMb()));
        log.info("Event store: {} (database {})", server.description(), properties.database());
        return new RegistryStore(new ConnectionString(server.connectionString()), server);
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(RegistryStore store, ObjectProvider<MongoClientSettingsCustomizer> customizers) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(store.uri());
        if (store.embeddedServer() == null) {
            // A real replica set: an acknowledged write must survive the loss of the primary.
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true)).readConcern(ReadConcern.MAJORITY);
        }
        customizers.orderedStream().forEach(c -> c.customize(settings));
        return MongoClients.create(settings.build());
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoClient client, RegistryStoreProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** Lets tests and deployments adjust driver settings without replacing the client. */
    @FunctionalInterface
    public interface MongoClientSettingsCustomizer {
        void customize(MongoClientSettings.Builder settings);
    }

    /** The store in use: its connection string and, for the embedded default, the server itself. */
    public record RegistryStore(ConnectionString uri, EmbeddedMongoServer embeddedServer) implements AutoCloseable {

        public boolean embedded() {
            return embeddedServer != null;
        }

        public String description() {
            return embedded() ? embeddedServer.description() : "MongoDB " + uri.getHosts();
        }

        @Override
        public void close() {
            if (embeddedServer != null) {
                embeddedServer.close();
            }
        }
    }
}
