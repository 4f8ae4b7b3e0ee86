package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.projections.responsibility.TestAgreement.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.events.ClauseAdded;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.regionreports.FindRegionReport;
import no.samarbeidsavtaler.projections.regionreports.RegionReportQueries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query latency as the registry grows: N agreements spread over every health trust's catchment area
 * (each naming all its municipalities, one clause with a trust assignment and one per municipality),
 * stored on the embedded server (memory backend), queried through the real driver.
 * Run: {@code ./mvnw -q -B -o -pl agreements-projections test -Pbench -Dtest=ResponsibilityScaleBench}
 */
@Tag("bench")
class ResponsibilityScaleBench {

    private static final Cell NEWLY = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(true)
            .withPathwayPhase(PathwayPhase.NEWLY_DIAGNOSED);
    private static final Cell FRISKLIV = Cell.of(OfferingCategory.PREVENTIVE_HEALTHY_LIFE);
    private static final LocalDate DAY = LocalDate.of(2020, 6, 1);

    @ParameterizedTest(name = "{0} agreements")
    @ValueSource(ints = {100, 1000, 3000})
    void queriesStayFlatAsTheStoreGrows(int agreements) {
        CsvPartyCatalogue catalogue = CsvPartyCatalogue.fromClasspath();
        List<HealthTrust> trusts = catalogue.healthTrusts().stream()
                .filter(t -> !catalogue.catchmentArea(t.organisationNumber()).isEmpty()).toList();
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + server.getLocalAddress().getHostString() + ":"
                + server.getLocalAddress().getPort())) {
            AgreementViewStore store = new AgreementViewStore(client.getDatabase("bench"), ViewCollections.DEFAULT);
            List<AgreementView> views = new ArrayList<>();
            for (int i = 0; i < agreements; i++) {
                HealthTrust trust = trusts.get(i % trusts.size());
                views.add(agreement("a" + i, trust.organisationNumber().value(),
                        catalogue.catchmentArea(trust.organisationNumber()).stream().map(MunicipalityNumber::value).toList()));
            }
            long load = System.nanoTime();
            store.insertAll(views);
            double loadSeconds = (System.nanoTime() - load) / 1e9;
            ResponsibilityQueries queries = new ResponsibilityQueries(store, catalogue);
            RegionReportQueries reports = new RegionReportQueries(store, catalogue);
            AgreementViewProjection projection = new AgreementViewProjection(store);
            long[] sequence = {1000};
            System.out.printf("%d agreements (%d per trust), loaded in %.1f s%n", agreements,
                    agreements / trusts.size(), loadSeconds);
            report("one municipality, one cell", () -> queries.handle(new FindResponsibility(NEWLY, null, List.of("1106"), DAY)));
            report("region (Helse Fonna), one cell", () -> queries.handle(new FindResponsibility(NEWLY, HELSE_FONNA, List.of(), DAY)));
            report("region matrix (Helse Fonna)", () -> queries.handle(new FindResponsibilityMatrix(HELSE_FONNA, DAY)));
            report("region report (Helse Fonna)", () -> reports.handle(new FindRegionReport(HELSE_FONNA, DAY)));
            report("projection: one event", () -> {
                projection.apply(new ClauseAdded("a0", 1, "extra-" + sequence[0], "9", "t", "x"), sequence[0]++, Instant.now());
                return null;
            });
            assertThat(queries.handle(new FindResponsibility(NEWLY, null, List.of("1106"), DAY)).municipalities()).hasSize(1);
        } finally {
            server.shutdownNow();
        }
    }

    private static AgreementView agreement(String id, String trust, List<String> municipalities) {
        TestAgreement a = TestAgreement.sub(id, trust, municipalities.toArray(String[]::new)).clause("3")
                .assign("3", id + "-hf", responsible(NEWLY, trust(trust))).clause("4");
        municipalities.forEach(m -> a.assign("4", id + "-" + m, responsible(FRISKLIV, municipality(m), m)));
        return a.inForceFrom(LocalDate.of(2016, 10, 1)).view();
    }

    private static void report(String what, Supplier<Object> query) {
        query.get(); // warm-up
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-34s median %7.2f ms, max %7.2f ms%n", what, nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }
}
