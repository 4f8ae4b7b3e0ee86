package no.samarbeidsavtaler.projections.agreementview;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.Adoption;
import no.samarbeidsavtaler.core.agreement.AgreementVersion;
import no.samarbeidsavtaler.core.agreement.Assignment;
import no.samarbeidsavtaler.core.agreement.Clause;
import no.samarbeidsavtaler.core.agreement.Signature;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AdoptionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.SignatureView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fold must hold exactly what the aggregate holds after the same commands: every version, clause
 * (order, revision, withdrawal), assignment (order, transition, establishment), adoption and signature.
 */
class AgreementViewMirrorsAggregateTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"helse-fonna-2016", "until-version-2-in-force", "whole-lifecycle"})
    void foldedVersionsEqualTheAggregatesVersions(String scenario) {
        List<Object> commands = switch (scenario) {
            case "helse-fonna-2016" -> HelseFonna2016.commands();
            case "until-version-2-in-force" -> LifecycleScenario.untilVersion2InForce();
            default -> LifecycleScenario.all();
        };
        AgreementView view = RecordedAgreement.folded(commands, AGREEMENT_ID);
        List<AgreementVersion> aggregate = RecordedAgreement.aggregateVersions(commands);

        assertThat(view.versions()).hasSameSizeAs(aggregate);
        for (int i = 0; i < aggregate.size(); i++) {
            VersionView folded = view.versions().get(i);
            assertThat(folded).as("version %s", i + 1).isEqualTo(asView(aggregate.get(i), folded));
        }
    }

    /** The aggregate's version as a view; discard details are not kept by the aggregate, so taken as folded. */
    private static VersionView asView(AgreementVersion v, VersionView folded) {
        return new VersionView(v.number(), v.basedOn(), v.status(), v.negotiatedOn(), v.effectiveFrom(),
                v.supersededOn(), v.supersededBy(), folded.discardReason(), folded.discardedAt(),
                v.clauses().stream().map(AgreementViewMirrorsAggregateTest::asView).toList(),
                v.adoptions().values().stream().map(AgreementViewMirrorsAggregateTest::asView).toList(),
                v.signatures().values().stream().map(AgreementViewMirrorsAggregateTest::asView).toList());
    }

    private static ClauseView asView(Clause c) {
        return new ClauseView(c.clauseId(), c.number(), c.title(), c.text(), c.revision(), c.withdrawn(),
                c.assignments().stream().map(AgreementViewMirrorsAggregateTest::asView).toList());
    }

    private static AssignmentView asView(Assignment a) {
        return new AssignmentView(a.assignmentId(), a.terms(), a.transitionFrom(), a.establishedOn());
    }

    private static AdoptionView asView(Adoption a) {
        return new AdoptionView(a.party(), a.forum(), a.caseNumber(), a.decidedOn(), a.deviations());
    }

    private static SignatureView asView(Signature s) {
        return new SignatureView(s.party(), s.signatory(), s.signedOn());
    }
}
