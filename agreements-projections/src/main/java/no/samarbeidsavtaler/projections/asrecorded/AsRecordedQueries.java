package no.samarbeidsavtaler.projections.asrecorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.history.AgreementEvents;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolver;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;

/**
 * "As recorded at" answers, folded on demand from the event store (exact-key reads per agreement), so
 * they need no projection of their own. A region's agreements come from the live {@code agreements_by_trust}
 * lookup (a trust's agreements never leave it: the trust is fixed at registration); those not registered
 * yet at the instant fold to nothing and drop out.
 */
public class AsRecordedQueries {

    private static final int MAX_ANCESTRY = 8;

    private final EventStore eventStore;
    private final AgreementViewStore views;
    private final ResponsibilityResolver resolver;

    public AsRecordedQueries(EventStore eventStore, AgreementViewStore views, PartyCatalogue catalogue) {
        this.eventStore = eventStore;
        this.views = views;
        this.resolver = new ResponsibilityResolver(catalogue);
    }

    @QueryHandler
    public Optional<AgreementView> handle(FindAgreementAsRecorded query) {
        return Optional.ofNullable(asRecorded(query.agreementId(), query.recordedAt()));
    }

    @QueryHandler
    public Optional<InForceAsRecorded> handle(FindInForceAsRecorded query) {
        return Optional.ofNullable(asRecorded(query.agreementId(), query.recordedAt()))
                .map(view -> new InForceAsRecorded(view.agreementId(), query.validOn(), query.recordedAt(),
                        view.versionInForceOn(query.validOn()).orElse(null)));
    }

    @QueryHandler
    public ResponsibilityMatrix handle(FindResponsibilityMatrixAsRecorded query) {
        return resolver.matrix(query.healthTrust(), query.validOn(), region(query.healthTrust(), query.recordedAt()));
    }

    /** The trust's agreements as recorded at the instant, plus the parents special agreements yield to. */
    public List<AgreementView> region(String healthTrust, Instant recordedAt) {
        Map<String, AgreementView> byId = new LinkedHashMap<>();
        Collection<String> next = views.idsForTrust(healthTrust);
        for (int depth = 0; depth <= MAX_ANCESTRY && !next.isEmpty(); depth++) {
            List<String> parents = new ArrayList<>();
            for (String id : next) {
                AgreementView view = asRecorded(id, recordedAt);
                if (view != null) {
                    byId.put(id, view);
                    if (view.parentAgreementId() != null && !byId.containsKey(view.parentAgreementId())) {
                        parents.add(view.parentAgreementId());
                    }
                }
            }
            next = parents;
        }
        return List.copyOf(byId.values());
    }

    private AgreementView asRecorded(String agreementId, Instant recordedAt) {
        return AsRecorded.fold(AgreementEvents.read(eventStore, agreementId), recordedAt);
    }
}
