package no.samarbeidsavtaler.api.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static no.samarbeidsavtaler.api.support.Agreements.HELSE_FONNA;
import static no.samarbeidsavtaler.api.support.Agreements.idFrom;
import static no.samarbeidsavtaler.api.support.Agreements.overall;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.util.UUID;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Idempotency-Key on a real registration, counted in the event store. */
@ExtendWith(UsesSharedRegistry.class)
class IdempotentRegistrationTest {

    static RunningRegistry registry;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstResponseAndRecordsNothingNew() {
        String title = "Idempotent " + UUID.randomUUID();
        String body = overall(HELSE_FONNA).replaceFirst("Samarbeidsavtale for [0-9]+", title);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = registry.as("secretary").postJson("/api/agreements", body, "Idempotency-Key", key);
        HttpResponse<String> retry = registry.as("secretary").postJson("/api/agreements", body, "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).hasValue("true");
        assertThat(first.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(registry.bean(MongoDatabase.class).getCollection("events").countDocuments(and(
                eq("payloadType", "no.samarbeidsavtaler.core.agreement.events.AgreementRegistered"),
                eq("payload.title", title)))).isEqualTo(1);
        assertThat(idFrom(first.headers().firstValue("Location").orElseThrow())).isNotBlank();
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndRecordsNothing() {
        String key = UUID.randomUUID().toString();
        registry.as("secretary").postJson("/api/agreements", overall(HELSE_FONNA), "Idempotency-Key", key);
        long events = registry.bean(MongoDatabase.class).getCollection("events").countDocuments();

        HttpResponse<String> other = registry.as("secretary").postJson("/api/agreements",
                overall(HELSE_FONNA).replace("[1, 2]", "[1, 2, 3]"), "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("https://samarbeidsavtaler.no/problems/idempotency-key-reused");
        assertThat(registry.bean(MongoDatabase.class).getCollection("events").countDocuments()).isEqualTo(events);
    }

    @Test
    void theSameKeyFromAnotherUserIsAnotherRequest() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> mine = registry.as("secretary").postJson("/api/agreements", overall(HELSE_FONNA), "Idempotency-Key", key);
        HttpResponse<String> theirs = registry.as("secretary-vest").postJson("/api/agreements", overall(HELSE_FONNA), "Idempotency-Key", key);

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Location")).isNotEqualTo(mine.headers().firstValue("Location"));
    }

    @Test
    void aRefusalIsReplayedToo() {
        String key = UUID.randomUUID().toString();
        String invalid = overall(HELSE_FONNA).replace("[\"4618\"]", "[\"9999\"]");

        HttpResponse<String> first = registry.as("secretary").postJson("/api/agreements", invalid, "Idempotency-Key", key);
        HttpResponse<String> retry = registry.as("secretary").postJson("/api/agreements", invalid, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(retry.statusCode()).isEqualTo(422);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }
}
