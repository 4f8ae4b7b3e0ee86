package no.samarbeidsavtaler.projections.agreementview;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.*;
import static no.samarbeidsavtaler.projections.agreementview.LifecycleScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.VersionStatus;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.core.agreement.events.ClauseAdded;
import no.samarbeidsavtaler.core.agreement.events.ReviewDateAgreed;
import no.samarbeidsavtaler.core.agreement.events.VersionDiscarded;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

/** The fold, event by event, on the events the real aggregate recorded for {@link LifecycleScenario}. */
class AgreementViewFolderTest {

    private static final List<DomainEventMessage<?>> EVENTS = RecordedAgreement.events(LifecycleScenario.all(), AGREEMENT_ID);
    private static final AgreementView FOLDED = foldUntil(EVENTS.size());

    private static AgreementView foldUntil(int count) {
        AgreementView view = null;
        for (DomainEventMessage<?> e : EVENTS.subList(0, count)) {
            view = AgreementViewFolder.apply(view, e.getPayload(), e.getSequenceNumber(), e.getTimestamp());
        }
        return view;
    }

    @Test
    void everyEventTypeOfTheCoreIsHandledAndChangesTheView() {
        List<Class<?>> types = EventTypes.inEventsPackage();
        assertThat(types).hasSizeGreaterThanOrEqualTo(19);
        assertThat(AgreementViewFolder.handledEventTypes()).containsAll(types);
        for (Class<?> type : types) {
            int at = indexOfFirst(type);
            assertThat(at).as("the scenario records a %s", type.getSimpleName()).isNotNegative();
            DomainEventMessage<?> event = EVENTS.get(at);
            AgreementView before = foldUntil(at);
            AgreementView after = AgreementViewFolder.apply(before, event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
            AgreementView onlyStamped = before == null ? null
                    : Views.stamped(before, event.getSequenceNumber(), event.getTimestamp());
            assertThat(after).as("%s changes more than the version stamp", type.getSimpleName()).isNotEqualTo(onlyStamped);
        }
    }

    @Test
    void registrationSetsTheAgreementsMetadataAtSequenceZero() {
        AgreementView view = foldUntil(1);
        assertThat(view.agreementId()).isEqualTo(AGREEMENT_ID);
        assertThat(view.kind()).isEqualTo(AgreementKind.SUB_AGREEMENT);
        assertThat(view.designation()).isEqualTo("2");
        assertThat(view.healthTrust()).isEqualTo(HELSE_FONNA_HF);
        assertThat(view.municipalities()).isEqualTo(MUNICIPALITIES);
        assertThat(view.statutoryPoints()).containsExactly(2, 10);
        assertThat(view.contributors()).containsExactly(USER_ORGANISATIONS);
        assertThat(view.version()).isZero();
        assertThat(view.registeredAt()).isEqualTo(EVENTS.get(0).getTimestamp());
    }

    @Test
    void versionIsTheLastSequenceNumberAndLastChangedAtItsTimestamp() {
        DomainEventMessage<?> last = EVENTS.get(EVENTS.size() - 1);
        assertThat(FOLDED.version()).isEqualTo(last.getSequenceNumber()).isEqualTo(EVENTS.size() - 1);
        assertThat(FOLDED.lastChangedAt()).isEqualTo(last.getTimestamp());
    }

    @Test
    void theSameEventTwiceOrAnOlderEventChangesNothing() {
        for (DomainEventMessage<?> e : EVENTS) {
            assertThat(AgreementViewFolder.apply(FOLDED, e.getPayload(), e.getSequenceNumber(), e.getTimestamp()))
                    .isSameAs(FOLDED);
        }
        AgreementView midway = foldUntil(10);
        DomainEventMessage<?> tenth = EVENTS.get(9);
        assertThat(AgreementViewFolder.apply(midway, tenth.getPayload(), tenth.getSequenceNumber(), Instant.now()))
                .isSameAs(midway);
    }

    @Test
    void anEventBeforeRegistrationOrOfAnotherAgreementOrOfUnknownTypeIsIgnored() {
        ClauseAdded clause = new ClauseAdded("other", 1, "c", "1", "t", "x");
        assertThat(AgreementViewFolder.apply(null, clause, 5, Instant.now())).isNull();
        assertThat(AgreementViewFolder.apply(FOLDED, clause, FOLDED.version() + 1, Instant.now())).isSameAs(FOLDED);
        assertThat(AgreementViewFolder.apply(FOLDED, "not an event", FOLDED.version() + 1, Instant.now())).isSameAs(FOLDED);
        assertThat(AgreementViewFolder.apply(FOLDED, null, FOLDED.version() + 1, Instant.now())).isSameAs(FOLDED);
        AgreementRegistered otherRegistration = new AgreementRegistered("other", AgreementKind.OVERALL, null, "x",
                HELSE_FONNA_HF, List.of(), null, List.of(), List.of());
        assertThat(AgreementViewFolder.apply(FOLDED, otherRegistration, FOLDED.version() + 1, Instant.now())).isSameAs(FOLDED);
    }

    @Test
    void anEventNamingAVersionTheViewLacksOnlyMovesTheStamp() {
        AgreementView registered = foldUntil(1);
        AgreementView after = AgreementViewFolder.apply(registered, new ClauseAdded(AGREEMENT_ID, 9, "c", "1", "t", "x"),
                1, Instant.EPOCH);
        assertThat(after.versions()).isEqualTo(registered.versions());
        assertThat(after.version()).isEqualTo(1);
    }

    @Test
    void draftCopiesTheBaseVersionsActiveClausesAndClearsFinishedTransitions() {
        VersionView v2 = FOLDED.versionNumbered(2).orElseThrow();
        VersionView v3 = FOLDED.versionNumbered(3).orElseThrow();
        assertThat(v3.basedOn()).isEqualTo(2);
        assertThat(v3.clauses()).extracting(c -> c.clauseId())
                .containsExactlyElementsOf(v2.activeClauses().map(c -> c.clauseId()).toList())
                .doesNotContain(clauseId("5"));
        AssignmentView inV2 = assignment(v2, HAUGESUND_COURSES);
        assertThat(inV2.transitionFrom()).isEqualTo(HELSE_FONNA_HF);
        assertThat(inV2.establishedOn()).isEqualTo(HAUGESUND_ESTABLISHED_ON);
        AssignmentView inV3 = assignment(v3, HAUGESUND_COURSES);
        assertThat(inV3.transitionFrom()).isNull();
        assertThat(inV3.establishedOn()).isNull();
    }

    @Test
    void draftEditsAreApplied() {
        VersionView v2 = FOLDED.versionNumbered(2).orElseThrow();
        assertThat(v2.clause(clauseId("7")).orElseThrow().text()).isEqualTo("Revidert tekst.");
        assertThat(v2.clause(clauseId("7")).orElseThrow().revision()).isEqualTo(2);
        assertThat(v2.clause(clauseId("5")).orElseThrow().withdrawn()).isTrue();
        assertThat(v2.clause(clauseId("1")).orElseThrow().assignments())
                .noneMatch(a -> a.assignmentId().equals(clauseId("1") + "-" + USER_ORGANISATIONS));
        assertThat(v2.clause(clauseId("8")).orElseThrow().title()).isEqualTo("Evaluering");
        assertThat(assignment(v2, clauseId("3") + "-hf").terms().municipalities()).hasSize(15).doesNotContain(HAUGESUND);
        assertThat(assignment(v2, HAUGESUND_COURSES).terms().transitionEndsOn()).isEqualTo(TRANSITION_ENDS_ON);
    }

    @Test
    void correctionsReplaceTheRecordedFacts() {
        VersionView v1 = FOLDED.versionNumbered(1).orElseThrow();
        VersionView v2 = FOLDED.versionNumbered(2).orElseThrow();
        var haugesund = v2.adoptionBy(HAUGESUND).orElseThrow();
        assertThat(haugesund.caseNumber()).isEqualTo("PS 17/99");
        assertThat(haugesund.decidedOn()).isEqualTo(LocalDate.of(2017, 11, 30));
        assertThat(haugesund.forum()).isEqualTo(AdoptionForum.MUNICIPAL_COUNCIL);
        assertThat(haugesund.deviations()).singleElement().satisfies(d -> assertThat(d.clauseId()).isEqualTo(clauseId("2")));
        assertThat(v2.signatureBy(HELSE_FONNA_HF).orElseThrow().signatory()).isEqualTo("Administrerende direktør");
        assertThat(v2.signatureBy(HELSE_FONNA_HF).orElseThrow().signedOn()).isEqualTo(LocalDate.of(2017, 12, 6));
        assertThat(v2.effectiveFrom()).isEqualTo(V2_CORRECTED_IN_FORCE_FROM);
        assertThat(v1.supersededOn()).isEqualTo(V2_CORRECTED_IN_FORCE_FROM);
        assertThat(v1.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(v1.supersededBy()).isEqualTo(2);
    }

    @Test
    void validTimeFollowsEntryIntoForceSupersessionAndTermination() {
        assertThat(FOLDED.versionInForceOn(V2_CORRECTED_IN_FORCE_FROM.minusDays(1)).orElseThrow().number()).isEqualTo(1);
        assertThat(FOLDED.versionInForceOn(V2_CORRECTED_IN_FORCE_FROM).orElseThrow().number()).isEqualTo(2);
        assertThat(FOLDED.versionInForceOn(IN_FORCE_FROM.minusDays(1))).isEmpty();
        assertThat(FOLDED.versionInForceOn(TERMINATED_ON.minusDays(1))).isPresent();
        assertThat(FOLDED.versionInForceOn(TERMINATED_ON)).isEmpty();
        assertThat(FOLDED.terminationReason()).isEqualTo("Erstattet av helsefellesskapets avtale");
    }

    @Test
    void discardedVersionKeepsItsReasonAndIsNeverInForce() {
        VersionView v3 = FOLDED.versionNumbered(3).orElseThrow();
        assertThat(v3.status()).isEqualTo(VersionStatus.DISCARDED);
        assertThat(v3.discardReason()).isEqualTo("Ikke enighet");
        assertThat(v3.discardedAt()).isEqualTo(EVENTS.get(indexOfFirst(VersionDiscarded.class)).getTimestamp());
    }

    @Test
    void theLatestAgreedReviewDateWinsAndSurvivesTermination() {
        AgreementView firstAgreed = foldUntil(indexOfFirst(ReviewDateAgreed.class) + 1);
        assertThat(foldUntil(indexOfFirst(ReviewDateAgreed.class)).reviewDueOn()).isNull();
        assertThat(firstAgreed.reviewDueOn()).isEqualTo(FIRST_REVIEW_DUE_ON);
        assertThat(FOLDED.reviewDueOn()).isEqualTo(REVIEW_DUE_ON);
    }

    private static AssignmentView assignment(VersionView version, String assignmentId) {
        return version.activeClauses().flatMap(c -> c.assignments().stream())
                .filter(a -> a.assignmentId().equals(assignmentId)).findFirst().orElseThrow();
    }

    private static int indexOfFirst(Class<?> type) {
        for (int i = 0; i < EVENTS.size(); i++) {
            if (EVENTS.get(i).getPayloadType().equals(type)) {
                return i;
            }
        }
        return -1;
    }
}
