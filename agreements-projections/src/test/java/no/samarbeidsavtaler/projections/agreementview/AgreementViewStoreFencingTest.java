package no.samarbeidsavtaler.projections.agreementview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samarbeidsavtaler.projections.batch.StaleProjectionWriteException;
import no.samarbeidsavtaler.projections.rebuild.SmallAgreements;
import no.samarbeidsavtaler.projections.rebuild.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The view store's writes are conditional on the version the writer read, and its lookups never lose an id
 * to a writer that stalled between its view write and its unlinks. Two stores on one embedded server play two
 * nodes. No event removes a municipality today, so the views are edited here to exercise the unlinks.
 */
class AgreementViewStoreFencingTest {

    private static final String ID = "fence-store";

    private final TestMongo mongo = new TestMongo();
    private final AgreementViewStore current = new AgreementViewStore(mongo.database(), ViewCollections.DEFAULT);
    private final AgreementView registered = RecordedAgreement.folded(SmallAgreements.registration(ID, 1), ID);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aViewWrittenFromAnOlderReadIsRefusedAndLeftAsTheOtherWriterStoredIt() {
        AgreementViewStore stalled = new AgreementViewStore(mongo.database(), ViewCollections.DEFAULT);
        AgreementView later = copy(registered, registered.version() + 2, registered.municipalities());
        current.save(null, registered);
        current.save(registered, later);

        assertThatThrownBy(() -> stalled.save(registered, copy(registered, registered.version() + 1, List.of("1106"))))
                .isInstanceOfSatisfying(StaleProjectionWriteException.class,
                        e -> assertThat(e.ids()).containsExactly(ID));
        assertThat(current.find(ID)).contains(later);
        assertThat(current.idsForMunicipalities(List.of("4611"))).containsExactly(ID);
    }

    @Test
    void aViewInsertedByTheOtherWriterIsNotOverwrittenByAnInsert() {
        AgreementViewStore stalled = new AgreementViewStore(mongo.database(), ViewCollections.DEFAULT);
        AgreementView later = copy(registered, registered.version() + 1, registered.municipalities());
        current.save(null, later);

        assertThatThrownBy(() -> stalled.save(null, registered)).isInstanceOf(StaleProjectionWriteException.class);
        assertThat(current.find(ID)).contains(later);
    }

    @Test
    void anIdTheLaterWriterLinkedIsNotLostToTheStalledWritersUnlink() {
        AgreementView withoutHaugesund = copy(registered, registered.version() + 1, List.of("1106"));
        AgreementView withHaugesundAgain = copy(registered, registered.version() + 2, registered.municipalities());
        AgreementViewStore stalled = new AgreementViewStore(mongo.database(), ViewCollections.DEFAULT) {
            @Override
            List<Change> unlink(List<Change> landed) {
                current.save(withoutHaugesund, withHaugesundAgain);
                return super.unlink(landed);
            }
        };
        current.save(null, registered);

        stalled.save(registered, withoutHaugesund);

        assertThat(current.find(ID)).contains(withHaugesundAgain);
        assertThat(registered.municipalities()).contains("4611");
        assertThat(current.idsForMunicipalities(List.of("4611"))).containsExactly(ID);
        assertThat(current.idsForMunicipalities(List.of("1106"))).containsExactly(ID);
    }

    private static AgreementView copy(AgreementView view, long version, List<String> municipalities) {
        return new AgreementView(view.agreementId(), view.kind(), view.designation(), view.title(), view.healthTrust(),
                municipalities, view.parentAgreementId(), view.statutoryPoints(), view.contributors(),
                view.terminatedOn(), view.terminationReason(), view.reviewDueOn(), view.versions(), version,
                view.registeredAt(), view.lastChangedAt());
    }
}
