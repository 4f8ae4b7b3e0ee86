package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.projections.responsibility.CachedRegistry.*;
import static no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolverTest.FRISKLIV;
import static no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolverTest.NEWLY;
import static no.samarbeidsavtaler.projections.responsibility.TestAgreement.HELSE_FONNA;
import static no.samarbeidsavtaler.projections.responsibility.TestAgreement.clauseId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.events.ResponsibilityWithdrawn;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.LocalViewWrites;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.agreementview.ViewJson;
import no.samarbeidsavtaler.projections.agreementview.ViewStamps;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-node cache of a trust's views ({@link TrustViewCache}) behind {@link ResponsibilityQueries}: the same
 * JSON as the uncached loader path, one stamp read per repeated question, and never a stale answer after a
 * change by another node, a reset or a switch of generation. With a trust span ({@code trusting}): no read at
 * all within it, this node's own writes still answered at once, another node's once the span has passed.
 */
class TrustViewCacheTest {

    private static final ObjectMapper JSON = ViewJson.mapper();
    private final RecordingMongo mongo = new RecordingMongo();
    private final AtomicReference<ViewCollections> active = new AtomicReference<>(ViewCollections.DEFAULT);
    private final AgreementViewStore store = new AgreementViewStore(mongo.database(), active::get);
    /** Another node: its own store object and projection on the same database, sharing nothing in memory. */
    private final AgreementViewStore otherNode = new AgreementViewStore(mongo.database(), ViewCollections.DEFAULT);
    private final ResponsibilityResolver resolver = new ResponsibilityResolver(catalogue());
    private final ResponsibilityQueries queries = new ResponsibilityQueries(store, catalogue(),
            Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ResponsibilityQueries.NORWAY));

    private static final Duration SPAN = Duration.ofMillis(100);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    /** This node and another, each counting only its own writes (in production: one per JVM). */
    private final AgreementViewStore here = new AgreementViewStore(mongo.database(), active::get, new LocalViewWrites());
    private final AgreementViewStore elsewhere = new AgreementViewStore(mongo.database(), active::get, new LocalViewWrites());
    private final ResponsibilityQueries trusting = new ResponsibilityQueries(here, catalogue(),
            Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ResponsibilityQueries.NORWAY),
            new TrustViewCache(here, TrustViewCache.MAX_CACHED_VIEWS, SPAN, nanos::get));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void cachedAnswersAreTheUncachedAnswersByteForByte() throws Exception {
        record(store);
        List<List<String>> scopes = new ArrayList<>(List.of(List.of(), List.of("1228"), List.of("4618", "1106"),
                List.of("1106", "4618"), List.of("4611", "1228")));
        catalogue().catchmentArea(new OrganisationNumber(HELSE_FONNA)).stream().map(MunicipalityNumber::value)
                .forEach(m -> scopes.add(List.of(m)));
        for (int round = 0; round < 2; round++) { // the second round is answered from the cache
            for (List<String> scope : scopes) {
                for (Cell cell : List.of(NEWLY, FRISKLIV, Cell.general())) {
                    for (var day : List.of(DAY, START.minusDays(1))) {
                        FindResponsibility q = new FindResponsibility(cell, HELSE_FONNA, scope, day);
                        assertThat(JSON.writeValueAsString(queries.handle(q))).as(scope + " " + cell)
                                .isEqualTo(JSON.writeValueAsString(uncached(store, resolver, q)));
                    }
                }
            }
            assertThat(JSON.writeValueAsString(queries.handle(new FindResponsibilityMatrix(HELSE_FONNA, DAY))))
                    .isEqualTo(JSON.writeValueAsString(uncachedMatrix(store, resolver, DAY)));
        }
        MunicipalityResponsibility ullensvang = ask(FRISKLIV, "4618");
        assertThat(ullensvang.state()).as("the fixture has an order-sensitive conflict").isEqualTo(ResponsibilityState.CONFLICT);
        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);
        assertThat(ask(NEWLY, "4611").deviations()).hasSize(1);
    }

    @Test
    void aRepeatedQuestionReadsOnlyTheTrustsStamp() {
        record(store);
        ask(NEWLY, "1106");
        queries.handle(new FindResponsibilityMatrix(HELSE_FONNA, DAY));
        mongo.finds.clear();

        ask(FRISKLIV, "4618");
        queries.handle(new FindResponsibilityMatrix(HELSE_FONNA, DAY));

        String stampRead = ViewStamps.COLLECTION + " {\"_id\": \"" + HELSE_FONNA + "\"}";
        assertThat(mongo.finds).containsExactly(stampRead, stampRead);
    }

    @Test
    void aTrustWithMoreViewsThanTheBoundIsNotKept() {
        record(store);
        TrustViewCache small = new TrustViewCache(store, 1);
        TrustViewCache large = new TrustViewCache(store, 1_000);
        TrustViews first = small.get(HELSE_FONNA);
        assertThat(first.size()).isGreaterThan(1);

        assertThat(small.get(HELSE_FONNA)).as("read again").isNotSameAs(first);
        TrustViews kept = large.get(HELSE_FONNA);
        assertThat(large.get(HELSE_FONNA)).as("kept").isSameAs(kept);
    }

    @Test
    void aChangeWrittenByAnotherNodeIsAnsweredAtOnceRereadingOnlyThatView() throws Exception {
        record(store);
        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);
        ResponsibilityMatrix before = queries.handle(new FindResponsibilityMatrix(HELSE_FONNA, DAY));
        long version = otherNode.find("moved").orElseThrow().version();
        mongo.finds.clear();

        new AgreementViewProjection(otherNode).apply(new ResponsibilityWithdrawn("moved", 1, clauseId("moved", "3"),
                "moved-1106"), version + 1, AT);

        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        ResponsibilityMatrix after = queries.handle(new FindResponsibilityMatrix(HELSE_FONNA, DAY));
        assertThat(after).isNotEqualTo(before);
        assertThat(JSON.writeValueAsString(after)).isEqualTo(JSON.writeValueAsString(uncachedMatrix(store, resolver, DAY)));
        assertThat(mongo.finds).as("only the changed view's body is read again")
                .contains("agreement_views {\"_id\": {\"$in\": [\"moved\"]}}");
    }

    @Test
    void aResetOfTheViewsIsNeverAnsweredFromTheCache() {
        record(store);
        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);

        new AgreementViewProjection(otherNode).reset();

        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.GAP);
        record(otherNode);
        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);
    }

    @Test
    void aTrustWithoutAStampIsReadAgainForEveryQuestion() {
        record(store);
        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);
        // As written before stamps existed: the view changes, no stamp tells.
        mongo.database().getCollection(ViewStamps.COLLECTION).deleteMany(new Document());
        ask(NEWLY, "1106");
        mongo.database().getCollection("agreement_views").deleteOne(new Document("_id", "moved"));

        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
    }

    @Test
    void aSwitchToAnotherGenerationIsFollowedEvenWhenNoStampMoved() {
        ViewCollections rebuilt = ViewCollections.DEFAULT.withSuffix("__20250101T000000000Z");
        record(store);
        active.set(rebuilt);
        record(store);
        new AgreementViewProjection(store).apply(new ResponsibilityWithdrawn("moved", 1, clauseId("moved", "3"),
                "moved-1106"), store.find("moved").orElseThrow().version() + 1, AT);
        active.set(ViewCollections.DEFAULT);
        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);

        active.set(rebuilt); // the rebuild's switch: nothing was written since the question above

        assertThat(ask(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
        active.set(ViewCollections.DEFAULT);
        assertThat(ask(NEWLY, "1106").state()).as("and back (a rollback)").isEqualTo(ResponsibilityState.CONFLICT);
    }

    @Test
    void withinTheTrustSpanARepeatedQuestionReadsNothingAndAfterItOnlyTheStamp() {
        record(here);
        assertThat(askTrusting(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);
        trusting.handle(new FindResponsibilityMatrix(HELSE_FONNA, DAY));
        mongo.finds.clear();

        nanos.addAndGet(SPAN.toNanos() - 1);
        askTrusting(FRISKLIV, "4618");
        trusting.handle(new FindResponsibilityMatrix(HELSE_FONNA, DAY));
        assertThat(mongo.finds).as("within the span").isEmpty();

        nanos.addAndGet(1);
        askTrusting(FRISKLIV, "4618");
        assertThat(mongo.finds).containsExactly(ViewStamps.COLLECTION + " {\"_id\": \"" + HELSE_FONNA + "\"}");
    }

    @Test
    void aChangeWrittenOnThisNodeIsAnsweredAtOnceWithinTheTrustSpan() {
        record(here);
        assertThat(askTrusting(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);

        new AgreementViewProjection(here).apply(new ResponsibilityWithdrawn("moved", 1, clauseId("moved", "3"),
                "moved-1106"), here.find("moved").orElseThrow().version() + 1, AT);

        assertThat(askTrusting(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
    }

    @Test
    void aResetOnThisNodeIsAnsweredAtOnceWithinTheTrustSpan() {
        record(here);
        assertThat(askTrusting(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);

        new AgreementViewProjection(here).reset();

        assertThat(askTrusting(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.GAP);
    }

    @Test
    void aChangeWrittenByAnotherNodeIsAnsweredOnceTheTrustSpanHasPassed() {
        record(here);
        assertThat(askTrusting(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.CONFLICT);

        new AgreementViewProjection(elsewhere).apply(new ResponsibilityWithdrawn("moved", 1, clauseId("moved", "3"),
                "moved-1106"), elsewhere.find("moved").orElseThrow().version() + 1, AT);

        assertThat(askTrusting(NEWLY, "1106").state()).as("the price of the span: up to SPAN behind another node")
                .isEqualTo(ResponsibilityState.CONFLICT);
        nanos.addAndGet(SPAN.toNanos());
        assertThat(askTrusting(NEWLY, "1106").state()).isEqualTo(ResponsibilityState.RESPONSIBLE);
    }

    private MunicipalityResponsibility askTrusting(Cell cell, String municipality) {
        return trusting.handle(new FindResponsibility(cell, HELSE_FONNA, List.of(municipality), DAY)).municipalities().get(0);
    }

    private MunicipalityResponsibility ask(Cell cell, String municipality) {
        return queries.handle(new FindResponsibility(cell, HELSE_FONNA, List.of(municipality), DAY)).municipalities().get(0);
    }
}
