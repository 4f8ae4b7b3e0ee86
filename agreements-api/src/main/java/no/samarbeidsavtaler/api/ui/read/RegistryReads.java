package no.samarbeidsavtaler.api.ui.read;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.FindAgreementView;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityReadModels;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The agreement views the pages show. Single agreements go through the query bus; the list reads the
 * lookup document of each health trust (19 exact-key reads) and the views by {@code $in} on their ids.
 */
@Component
public class RegistryReads {

    /** How long a page waits for the read model to catch up with a change the user just made. */
    static final Duration CATCH_UP = Duration.ofSeconds(5);

    private final QueryGateway queries;
    private final ResponsibilityReadModels readModels;
    private final PartyCatalogue parties;

    public RegistryReads(QueryGateway queries, ResponsibilityReadModels readModels, PartyCatalogue parties) {
        this.queries = queries;
        this.readModels = readModels;
        this.parties = parties;
    }

    public Optional<AgreementView> agreement(String agreementId) {
        return queries.query(new FindAgreementView(agreementId), ResponseTypes.optionalInstanceOf(AgreementView.class)).join();
    }

    /**
     * The view once it reflects at least {@code version} (the aggregate version a command returned), or
     * what the read model has after {@link #CATCH_UP}: the caller then says the page may lag.
     */
    public Optional<AgreementView> agreementAtLeast(String agreementId, long version) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Optional<AgreementView> view = agreement(agreementId);
        while (view.map(v -> v.version() < version).orElse(true) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(25));
            view = agreement(agreementId);
        }
        return view;
    }

    /** Every agreement of the given health trusts (all trusts when empty), newest change first. */
    public List<AgreementView> agreements(Set<String> healthTrusts) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> trusts = healthTrusts.isEmpty()
                ? parties.healthTrusts().stream().map(HealthTrust::organisationNumber).map(n -> n.value()).toList()
                : List.copyOf(healthTrusts);
        trusts.forEach(t -> ids.addAll(readModels.store().idsForTrust(t)));
        List<AgreementView> views = new ArrayList<>(readModels.store().findAll(ids));
        views.sort(Comparator.comparing(AgreementView::lastChangedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return views;
    }
}
