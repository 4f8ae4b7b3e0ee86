package no.samarbeidsavtaler.api.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.infra.config.MongoStoreConfiguration.MongoClientSettingsCustomizer;
import no.samarbeidsavtaler.infra.config.MongoStoreConfiguration.RegistryStore;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node's cache of loaded agreements (agreements.store.aggregate-cache-size): a command starts from the
 * agreement the previous command left, and an agreement changed on another node meanwhile is refused (412),
 * dropped from the cache, and right on the client's next try. Stale state never reaches the store.
 */
class AggregateCacheTest {

    private static final String SECRETARY = "secretary";
    /** Reads of an agreement's history: its snapshot, or its events by stream key. */
    private static final AtomicInteger historyReads = new AtomicInteger();

    @TempDir
    Path nodeA;
    @TempDir
    Path nodeB;

    @BeforeEach
    void reset() {
        historyReads.set(0);
    }

    @Test
    void aCachedAgreementIsNotReadFromTheStoreAgain() {
        try (RunningRegistry registry = RunningRegistry.start(nodeA, new Class<?>[] {CountHistoryReads.class},
                "--agreements.demo-data.enabled=false")) {
            Change change = register(registry);
            change = addClause(registry, change, "c1").assertStatus(204);
            historyReads.set(0);

            addClause(registry, change, "c2").assertStatus(204);

            assertThat(historyReads).as("snapshot and event reads of the second change").hasValue(0);
        }
    }

    @Test
    void withoutTheCacheEveryChangeReadsTheAgreementsHistory() {
        try (RunningRegistry registry = RunningRegistry.start(nodeA, new Class<?>[] {CountHistoryReads.class},
                "--agreements.demo-data.enabled=false", "--agreements.store.aggregate-cache-size=0")) {
            Change change = register(registry);
            change = addClause(registry, change, "c1").assertStatus(204);
            historyReads.set(0);

            addClause(registry, change, "c2").assertStatus(204);

            assertThat(historyReads.get()).as("snapshot and event reads of the second change").isPositive();
        }
    }

    @Test
    void anAgreementChangedOnAnotherNodeIsRefusedOnceThenReloaded() {
        try (RunningRegistry a = RunningRegistry.start(nodeA, "--agreements.demo-data.enabled=false");
             RunningRegistry b = RunningRegistry.startOn(a.bean(RegistryStore.class).uri().getConnectionString(),
                     nodeB, "--agreements.demo-data.enabled=false", "--agreements.security.demo-users=true",
                     "--agreements.store.aggregate-cache-size=100")) {
            Change onA = addClause(a, register(a), "c1").assertStatus(204); // A now holds the agreement
            Change onB = addClause(b, onA, "c2").assertStatus(204);         // B changes it behind A's back

            Change stale = addClause(a, onB, "c3");
            Change retried = addClause(a, onB, "c3");

            assertThat(stale.status).as(stale.body).isEqualTo(412);
            assertThat(retried.status).as(retried.body).isEqualTo(204);
            // Both nodes' read sides end with all three clauses, in one history without gaps or doubles.
            for (RunningRegistry node : new RunningRegistry[] {a, b}) {
                HttpResponse<String> view = node.as(SECRETARY).awaitGet(retried.location + "/view",
                        r -> r.statusCode() == 200 && r.headers().firstValue("ETag").equals(
                                Optional.of(retried.etag)), Duration.ofSeconds(20));
                assertThat(view.body()).contains("\"c1\"", "\"c2\"", "\"c3\"");
            }
        }
    }

    private static Change register(RunningRegistry registry) {
        HttpResponse<String> registered = registry.as(SECRETARY).postJson("/api/agreements", """
                {"kind": "OVERALL", "title": "Samarbeidsavtale Helse Fonna", "healthTrust": "983974694",
                 "municipalities": ["4618"], "statutoryPoints": [2]}""");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return new Change(registered.statusCode(), registered.body(),
                registered.headers().firstValue("Location").orElseThrow(),
                registered.headers().firstValue("ETag").orElseThrow());
    }

    private static Change addClause(RunningRegistry registry, Change after, String clauseId) {
        HttpResponse<String> answer = registry.as(SECRETARY).postJson(after.location + "/versions/1/clauses",
                "{\"clauseId\": \"" + clauseId + "\", \"number\": \"" + clauseId.substring(1)
                        + "\", \"title\": \"Fagnettverk\", \"text\": \"Partene samarbeider.\"}",
                "If-Match", after.etag);
        return new Change(answer.statusCode(), answer.body(), after.location,
                answer.headers().firstValue("ETag").orElse(after.etag));
    }

    private record Change(int status, String body, String location, String etag) {
        Change assertStatus(int expected) {
            assertThat(status).as(body).isEqualTo(expected);
            return this;
        }
    }

    /** Counts the driver's reads of an agreement's history on this node. */
    @Configuration(proxyBeanMethods = false)
    static class CountHistoryReads {
        @Bean
        MongoClientSettingsCustomizer countHistoryReads() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (!event.getCommandName().equals("find")) {
                        return;
                    }
                    BsonDocument command = event.getCommand();
                    String collection = command.getString("find").getValue();
                    BsonDocument filter = command.getDocument("filter", new BsonDocument());
                    if (collection.equals("snapshots") || collection.equals("events") && filter.containsKey("streamKey")) {
                        historyReads.incrementAndGet();
                    }
                }
            });
        }
    }
}
