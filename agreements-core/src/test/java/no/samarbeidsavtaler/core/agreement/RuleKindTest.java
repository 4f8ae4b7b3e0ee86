package no.samarbeidsavtaler.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import no.samarbeidsavtaler.core.party.PartyRule;
import no.samarbeidsavtaler.core.rules.RuleCode.Kind;
import org.junit.jupiter.api.Test;

/** The HTTP status of a refusal follows the rule's kind: 409 for clashes with history, 422 for bad content. */
class RuleKindTest {

    @Test
    void changingASignedVersionIsAConflictWithWhatIsRecorded() {
        assertThat(AgreementRule.ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED.kind()).isEqualTo(Kind.STATE_CONFLICT);
        assertThat(AgreementRule.ONE_RESPONSIBLE_PARTY_PER_CELL.kind()).isEqualTo(Kind.STATE_CONFLICT);
        assertThat(AgreementRule.TERMINATED_AGREEMENT_ACCEPTS_NO_COMMANDS.kind()).isEqualTo(Kind.STATE_CONFLICT);
    }

    @Test
    void malformedContentIsInvalidWhateverTheState() {
        assertThat(AgreementRule.AGREEMENT_HAS_A_TITLE.kind()).isEqualTo(Kind.INVALID_CONTENT);
        assertThat(AgreementRule.CONDITION_CODE_IS_VALID.kind()).isEqualTo(Kind.INVALID_CONTENT);
        assertThat(PartyRule.ORGANISATION_NUMBER_IS_VALID.kind()).isEqualTo(Kind.INVALID_CONTENT);
    }
}
