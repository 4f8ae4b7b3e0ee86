package no.samarbeidsavtaler.infra.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import no.samarbeidsavtaler.infra.eventstore.MongoEventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Axon's storage: our MongoDB event storage engine, the Mongo token store, and their serializers. */
@Configuration(proxyBeanMethods = false)
public class AxonStoreConfiguration {

    /** The metadata keys every command carries and every event inherits: who, in what role, why, which case. */
    public static final List<String> AUDIT_METADATA_KEYS = List.of("actorId", "actorRole", "reason", "caseReference");

    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(EventSerialization.objectMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(EventSerialization.objectMapper()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(EventSerialization.objectMapper()).build();
    }

    /** Aggregates are plain classes without getters: snapshots read and write their fields. */
    @Bean
    @Qualifier("snapshotSerializer")
    public Serializer snapshotSerializer() {
        var mapper = EventSerialization.objectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoDatabase database,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
                                                 ObjectProvider<EventUpcaster> upcasters,
                                                 RegistryStoreProperties properties) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .batchSize(properties.batchSize())
                .gapTimeout(properties.gapTimeout())
                .clock(Clock.systemUTC())
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    public TokenStore tokenStore(MongoClient client, RegistryStoreProperties properties, Serializer serializer) {
        MongoTokenStore store = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, properties.database())
                        .build())
                .serializer(serializer)
                .claimTimeout(properties.claimTimeout())
                .build();
        store.ensureIndexes();
        return store;
    }

    /** Copies the audit metadata from each command onto the events it causes. */
    @Bean
    public CorrelationDataProvider auditMetaDataProvider() {
        return new SimpleCorrelationDataProvider(AUDIT_METADATA_KEYS.toArray(String[]::new));
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
