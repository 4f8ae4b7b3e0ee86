package no.samarbeidsavtaler.projections.responsibility;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The responsibility questions over the stored agreement views, resolved in memory by
 * {@link ResponsibilityResolver}. Questions naming a health trust (every matrix, and the single cells the API
 * asks) take the trust's views from this node's {@link TrustViewCache}: at most one small stamp read per question
 * (none while a stamp read is trusted) instead of reading and parsing every view, and a matrix is computed once
 * per date and snapshot. Questions by municipality only (views of any trust) read lookup documents and views as
 * before.
 */
public class ResponsibilityQueries {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final AgreementViewLoader loader;
    private final TrustViewCache cache;
    private final ResponsibilityResolver resolver;
    private final Clock clock;

    public ResponsibilityQueries(AgreementViewStore store, PartyCatalogue catalogue) {
        this(store, catalogue, Clock.system(NORWAY));
    }

    public ResponsibilityQueries(AgreementViewStore store, PartyCatalogue catalogue, Duration trustViewStampsFor) {
        this(store, catalogue, Clock.system(NORWAY), new TrustViewCache(store, trustViewStampsFor));
    }

    public ResponsibilityQueries(AgreementViewStore store, PartyCatalogue catalogue, Clock clock) {
        this(store, catalogue, clock, new TrustViewCache(store));
    }

    ResponsibilityQueries(AgreementViewStore store, PartyCatalogue catalogue, Clock clock, TrustViewCache cache) {
        this.loader = new AgreementViewLoader(store, catalogue);
        this.cache = cache;
        this.resolver = new ResponsibilityResolver(catalogue);
        this.clock = clock;
    }

    @QueryHandler
    public ResponsibilityAnswer handle(FindResponsibility query) {
        FindResponsibility dated = query.validOn() == null ? query.on(LocalDate.now(clock)) : query;
        if (dated.healthTrust() == null) {
            return resolver.resolve(dated, loader.load(null, dated.municipalities()));
        }
        TrustViews trust = cache.get(dated.healthTrust());
        List<AgreementView> views = dated.municipalities().isEmpty() ? trust.forTrust()
                : trust.forMunicipalities(resolver.lineages(dated.municipalities()));
        return resolver.resolve(dated, views);
    }

    @QueryHandler
    public ResponsibilityMatrix handle(FindResponsibilityMatrix query) {
        LocalDate date = query.validOn() == null ? LocalDate.now(clock) : query.validOn();
        TrustViews trust = cache.get(query.healthTrust());
        return trust.matrix(date, day -> resolver.matrix(query.healthTrust(), day, trust.forTrust()));
    }
}
