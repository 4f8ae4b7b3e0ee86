package no.samarbeidsavtaler.api.agreements;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import no.samarbeidsavtaler.projections.agreementsummary.AgreementSummary;
import no.samarbeidsavtaler.projections.agreementsummary.FindAgreementSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The agreement summary read model, through Axon's query bus. */
@Component
public class AgreementSummaries {

    /** How long a change waits for a just-registered agreement to reach the read model. */
    private static final Duration CATCH_UP = Duration.ofSeconds(2);

    private final QueryGateway queries;

    public AgreementSummaries(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<AgreementSummary> find(String agreementId) {
        return queries.query(new FindAgreementSummary(agreementId),
                ResponseTypes.optionalInstanceOf(AgreementSummary.class)).join();
    }

    /**
     * The health trust of an agreement, for the region check of a change. The read model lags the
     * command side a little: a client that registers and changes at once would otherwise get a 404,
     * so a miss is retried briefly. The health trust of an agreement never changes, so a lagging
     * read model cannot give a wrong answer, only none.
     */
    public Optional<String> healthTrustOf(String agreementId) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Optional<AgreementSummary> summary = find(agreementId);
        while (summary.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            summary = find(agreementId);
        }
        return summary.map(AgreementSummary::healthTrust);
    }
}
