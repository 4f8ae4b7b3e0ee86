package no.samarbeidsavtaler.projections.responsibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The responsibility questions over the stored agreement views: lookup documents by exact {@code _id},
 * views by {@code $in} on {@code _id}, then {@link ResponsibilityResolver} in memory.
 */
public class ResponsibilityQueries {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final AgreementViewLoader loader;
    private final ResponsibilityResolver resolver;
    private final Clock clock;

    public ResponsibilityQueries(AgreementViewStore store, PartyCatalogue catalogue) {
        this(store, catalogue, Clock.system(NORWAY));
    }

    public ResponsibilityQueries(AgreementViewStore store, PartyCatalogue catalogue, Clock clock) {
        this.loader = new AgreementViewLoader(store, catalogue);
        this.resolver = new ResponsibilityResolver(catalogue);
        this.clock = clock;
    }

    @QueryHandler
    public ResponsibilityAnswer handle(FindResponsibility query) {
        FindResponsibility dated = query.validOn() == null ? query.on(LocalDate.now(clock)) : query;
        List<AgreementView> views = loader.load(dated.healthTrust(), dated.municipalities());
        return resolver.resolve(dated, views);
    }

    @QueryHandler
    public ResponsibilityMatrix handle(FindResponsibilityMatrix query) {
        LocalDate date = query.validOn() == null ? LocalDate.now(clock) : query.validOn();
        return resolver.matrix(query.healthTrust(), date, loader.load(query.healthTrust(), List.of()));
    }
}
