package no.samarbeidsavtaler.api.agreements;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummary;
import no.samarbeidsavtaler.projections.agreementsummary.FindAgreementSummary;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The agreement summary read model, through Axon's query bus. */
@Component
public class AgreementSummaries {

    /** More agreements than the country will have; an entry is an id and an organisation number. */
    private static final int REMEMBERED_HEALTH_TRUSTS = 100_000;

    private final QueryGateway queries;
    private final EventStore events;
    /**
     * Every change asks for its agreement's health trust (the region check). The answer never changes once
     * the agreement is registered, so it is kept rather than queried again: one read model round trip less
     * per command. Only found answers are kept; an unknown id is asked again next time.
     */
    private final Cache<String, String> healthTrusts =
            Caffeine.newBuilder().maximumSize(REMEMBERED_HEALTH_TRUSTS).build();

    public AgreementSummaries(QueryGateway queries, EventStore events) {
        this.queries = queries;
        this.events = events;
    }

    public Optional<AgreementSummary> find(String agreementId) {
        return queries.query(new FindAgreementSummary(agreementId),
                ResponseTypes.optionalInstanceOf(AgreementSummary.class)).join();
    }

    /**
     * The health trust of an agreement, for the region check of a change. The read model usually
     * knows it; for an agreement registered a moment ago it may not yet, so the answer then comes
     * from the agreement's first event in the event store (an exact-key read). The health trust of an
     * agreement never changes, so either source is authoritative.
     */
    public Optional<String> healthTrustOf(String agreementId) {
        String known = healthTrusts.getIfPresent(agreementId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = lookUpHealthTrust(agreementId);
        found.ifPresent(healthTrust -> healthTrusts.put(agreementId, healthTrust));
        return found;
    }

    private Optional<String> lookUpHealthTrust(String agreementId) {
        Optional<String> fromReadModel = find(agreementId).map(AgreementSummary::healthTrust);
        if (fromReadModel.isPresent()) {
            return fromReadModel;
        }
        DomainEventStream stream = events.readEvents(agreementId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        return stream.next().getPayload() instanceof AgreementRegistered registered
                ? Optional.of(registered.healthTrust())
                : Optional.empty();
    }
}
