package no.samarbeidsavtaler.core.agreement;

import no.samarbeidsavtaler.core.rules.RuleCode;

/** The named rules of the agreement aggregate. Codes are stable: add, never rename. */
public enum AgreementRule implements RuleCode {
    AGREEMENT_HAS_A_TITLE("agreement-has-a-title", "Avtalen må ha en tittel"),
    AGREEMENT_HAS_A_KIND("agreement-has-a-kind", "Avtaletype må oppgis"),
    AGREEMENT_HAS_MUNICIPALITIES("agreement-has-municipalities", "Avtalen må ha minst én kommune som part"),
    STATUTORY_POINTS_ARE_1_TO_13("statutory-points-are-1-to-13",
            "Lovpunktene i § 6-2 er nummerert 1–13");

    private final String code;
    private final String title;

    AgreementRule(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }
}
