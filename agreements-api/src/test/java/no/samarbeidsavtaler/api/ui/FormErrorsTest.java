package no.samarbeidsavtaler.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import no.samarbeidsavtaler.api.ui.forms.FormErrors;
import no.samarbeidsavtaler.core.agreement.AgreementRule;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** A rule violation lands next to the input it is about, or on the whole form when the form has no such input. */
class FormErrorsTest {

    @Test
    void aViolationWithAnIndexedPathFindsTheInputNamedAfterThePath() {
        FormErrors errors = FormErrors.none().add(new RuleViolation(AgreementRule.ASSIGNMENT_MUNICIPALITIES_ARE_PARTIES,
                "assignment.municipalities[3]", "Kommune 0301 er ikke part"), Map.of("assignment.municipalities", "municipalities"));

        assertThat(errors.of("municipalities")).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo(AgreementRule.ASSIGNMENT_MUNICIPALITIES_ARE_PARTIES.title());
            assertThat(m.detail()).isEqualTo("Kommune 0301 er ikke part");
            assertThat(m.inputId()).isEqualTo("municipalities");
        });
        assertThat(errors.global()).isEmpty();
    }

    @Test
    void aViolationOfAFieldTheFormDoesNotShowBelongsToTheWholeForm() {
        FormErrors errors = FormErrors.none().add(new RuleViolation(AgreementRule.ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED,
                "version", "Versjon 1 er i kraft"), Set.of("number", "title", "text"));

        assertThat(errors.global()).singleElement().satisfies(m -> assertThat(m.inputId()).isNull());
        assertThat(errors.all()).hasSize(1);
        assertThat(errors.has("version")).isFalse();
    }

    @Test
    void inputIdsReplaceDots() {
        assertThat(FormErrors.inputId("assignment.cell.condition.code")).isEqualTo("assignment-cell-condition-code");
    }
}
