package no.samarbeidsavtaler.projections.regionreports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.responsibility.AgreementViewLoader;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import org.axonframework.queryhandling.QueryHandler;

/** Region reports over the stored agreement views: the trust's lookup document, its views by {@code $in}. */
public class RegionReportQueries {

    private final AgreementViewLoader loader;
    private final RegionReporter reporter;
    private final Clock clock;

    public RegionReportQueries(AgreementViewStore store, PartyCatalogue catalogue) {
        this(store, catalogue, Clock.system(ResponsibilityQueries.NORWAY));
    }

    public RegionReportQueries(AgreementViewStore store, PartyCatalogue catalogue, Clock clock) {
        this.loader = new AgreementViewLoader(store, catalogue);
        this.reporter = new RegionReporter(catalogue);
        this.clock = clock;
    }

    @QueryHandler
    public RegionReport handle(FindRegionReport query) {
        LocalDate date = query.validOn() == null ? LocalDate.now(clock) : query.validOn();
        return reporter.report(query.healthTrust(), date, query.reviewInterval(),
                loader.load(query.healthTrust(), List.of()));
    }
}
