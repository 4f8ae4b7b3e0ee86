package no.samarbeidsavtaler.projections.diff;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.AGREEMENT_ID;
import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.HELSE_FONNA_HF;
import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.SHORT_COURSES_FOR_NEWLY_DIAGNOSED;
import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.clauseId;
import static no.samarbeidsavtaler.projections.agreementview.LifecycleScenario.HAUGESUND;
import static no.samarbeidsavtaler.projections.agreementview.LifecycleScenario.TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.VersionStatus;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewFolder;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;
import no.samarbeidsavtaler.projections.agreementview.LifecycleScenario;
import no.samarbeidsavtaler.projections.agreementview.ViewCollections;
import no.samarbeidsavtaler.projections.diff.VersionDiff.CellChange;
import no.samarbeidsavtaler.projections.diff.VersionDiff.ChangeKind;
import no.samarbeidsavtaler.projections.diff.VersionDiff.ClauseChange;
import no.samarbeidsavtaler.projections.diff.VersionDiff.ClauseText;
import no.samarbeidsavtaler.projections.diff.VersionDiff.DateChange;
import no.samarbeidsavtaler.projections.history.AgreementEvents;
import no.samarbeidsavtaler.projections.history.AuditedRegistry;
import no.samarbeidsavtaler.projections.rebuild.TestMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Helse Fonna 2016 (version 1) against version 2, where Haugesund takes the newly-diagnosed courses over. */
class VersionDifferTest {

    private static final PartyRef HAUGESUND_KOMMUNE = new PartyRef(PartyKind.MUNICIPALITY, HAUGESUND);
    private static AgreementView agreement;

    @BeforeAll
    static void record() {
        try (AuditedRegistry registry = AuditedRegistry.start()) {
            registry.sendAll(LifecycleScenario.untilVersion2InForce());
            for (DomainEventMessage<?> e : AgreementEvents.read(registry.eventStore(), AGREEMENT_ID)) {
                agreement = AgreementViewFolder.apply(agreement, e.getPayload(), e.getSequenceNumber(), e.getTimestamp());
            }
        }
    }

    private static VersionDiff diff(int from, int to) {
        return VersionDiffer.diff(agreement, from, to).orElseThrow();
    }

    @Test
    void theCellWhoseResponsiblePartyMovedFromTheTrustToTheMunicipalityIsReportedWithItsTransition() {
        List<CellChange> moved = diff(1, 2).responsiblePartyChanges();

        assertThat(moved).hasSize(1);
        CellChange change = moved.get(0);
        assertThat(change.cell()).isEqualTo(SHORT_COURSES_FOR_NEWLY_DIAGNOSED);
        assertThat(change.municipality()).isEqualTo(HAUGESUND);
        assertThat(change.before()).singleElement().satisfies(h -> {
            assertThat(h.party()).isEqualTo(TRUST);
            assertThat(h.role()).isEqualTo(ResponsibilityRole.RESPONSIBLE);
            assertThat(h.transitionFrom()).isNull();
        });
        assertThat(change.after()).singleElement().satisfies(h -> {
            assertThat(h.party()).isEqualTo(HAUGESUND_KOMMUNE);
            assertThat(h.role()).isEqualTo(ResponsibilityRole.RESPONSIBLE);
            assertThat(h.transitionFrom()).isEqualTo(HELSE_FONNA_HF);
            assertThat(h.transitionEndsOn()).isEqualTo(LifecycleScenario.TRANSITION_ENDS_ON);
            assertThat(h.assignmentId()).isEqualTo(LifecycleScenario.HAUGESUND_COURSES);
        });
    }

    @Test
    void aRemovedContributorChangesItsCellsButNotWhoIsResponsible() {
        List<CellChange> general = diff(1, 2).responsibilities().stream()
                .filter(c -> c.cell().equals(Cell.general())).toList();

        assertThat(general).hasSize(16).noneMatch(CellChange::responsiblePartyChanged);
        assertThat(general).allSatisfy(c -> assertThat(c.before().size() - c.after().size()).isEqualTo(1));
        assertThat(diff(1, 2).responsibilities()).hasSize(17);
    }

    @Test
    void clausesAddedChangedAndWithdrawnByIdWithTextBeforeAndAfter() {
        assertThat(diff(1, 2).clauses()).containsExactly(
                new ClauseChange(clauseId("5"), ChangeKind.WITHDRAWN, new ClauseText("5", "Overgang",
                        agreement.versionNumbered(1).orElseThrow().clause(clauseId("5")).orElseThrow().text()), null),
                new ClauseChange(clauseId("7"), ChangeKind.CHANGED, new ClauseText("7", "Tiltak som utfyller hverandre",
                        agreement.versionNumbered(1).orElseThrow().clause(clauseId("7")).orElseThrow().text()),
                        new ClauseText("7", "Tiltak som utfyller hverandre", "Revidert tekst.")),
                new ClauseChange(clauseId("8"), ChangeKind.ADDED, null,
                        new ClauseText("8", "Evaluering", "Avtalen evalueres årlig.")));
    }

    @Test
    void adoptionsSignaturesAndDatesDiffer() {
        VersionDiff diff = diff(1, 2);

        assertThat(diff.dates()).contains(new DateChange("effectiveFrom", LocalDate.of(2016, 10, 1),
                        LocalDate.of(2018, 1, 1)), new DateChange("status", VersionStatus.SUPERSEDED, VersionStatus.IN_FORCE),
                new DateChange("supersededOn", LocalDate.of(2018, 1, 1), null));
        assertThat(diff.adoptions()).hasSize(17);
        assertThat(diff.adoptions()).filteredOn(a -> a.party().equals(HAUGESUND_KOMMUNE)).singleElement()
                .satisfies(a -> {
                    assertThat(a.before().caseNumber()).isEqualTo("SU-2016-09");
                    assertThat(a.after().caseNumber()).isEqualTo("PS 17/98");
                    assertThat(a.after().deviations()).hasSize(1);
                });
        assertThat(diff.signatures()).hasSize(17);
    }

    @Test
    void theReverseDiffMirrorsAndAVersionEqualsItself() {
        VersionDiff back = diff(2, 1);

        assertThat(back.responsiblePartyChanges()).singleElement()
                .satisfies(c -> assertThat(c.before()).extracting(VersionDiff.Holder::party).containsExactly(HAUGESUND_KOMMUNE));
        assertThat(back.clauses()).extracting(ClauseChange::kind)
                .containsExactly(ChangeKind.ADDED, ChangeKind.CHANGED, ChangeKind.WITHDRAWN);
        assertThat(diff(2, 2).empty()).isTrue();
        assertThat(VersionDiffer.diff(agreement, 1, 3)).isEmpty();
    }

    @Test
    void theQueryReadsTheAgreementViewFromMongo() {
        try (TestMongo mongo = new TestMongo()) {
            AgreementViewStore store = new AgreementViewStore(mongo.database(), ViewCollections.DEFAULT);
            store.insertAll(List.of(agreement));
            VersionDiffQueries queries = new VersionDiffQueries(store);

            assertThat(queries.handle(new DiffVersions(AGREEMENT_ID, 1, 2))).hasValue(diff(1, 2));
            assertThat(queries.handle(new DiffVersions("unknown", 1, 2))).isEmpty();
        }
    }
}
