package no.samarbeidsavtaler.api.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummary;
import no.samarbeidsavtaler.projections.agreementsummary.FindAgreementSummary;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;

/** An agreement's health trust is asked for on every change; once known it is not queried again. */
class AgreementSummariesTest {

    private final AtomicInteger queries = new AtomicInteger();
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
    private final AgreementSummaries summaries = new AgreementSummaries(
            DefaultQueryGateway.builder().queryBus(queryBus).build(),
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build());

    AgreementSummariesTest() {
        queryBus.subscribe(FindAgreementSummary.class.getName(), ResponseTypes.optionalInstanceOf(AgreementSummary.class)
                .getExpectedResponseType(), message -> {
                    queries.incrementAndGet();
                    String id = ((FindAgreementSummary) message.getPayload()).agreementId();
                    return id.equals("avtale-1") ? Optional.of(summary(id)) : Optional.empty();
                });
    }

    @Test
    void aKnownHealthTrustIsAnsweredWithoutAskingTheReadModelAgain() {
        assertThat(summaries.healthTrustOf("avtale-1")).contains("983974694");
        assertThat(summaries.healthTrustOf("avtale-1")).contains("983974694");

        assertThat(queries).hasValue(1);
    }

    @Test
    void anUnknownAgreementIsAskedForAgainNextTime() {
        assertThat(summaries.healthTrustOf("ukjent")).isEmpty();
        assertThat(summaries.healthTrustOf("ukjent")).isEmpty();

        assertThat(queries).hasValue(2);
    }

    private static AgreementSummary summary(String id) {
        return new AgreementSummary(id, "OVERALL", "1", "Samarbeidsavtale", "983974694", List.of("4618"), null,
                List.of(2), List.of(), 1, Instant.EPOCH, Instant.EPOCH);
    }
}
