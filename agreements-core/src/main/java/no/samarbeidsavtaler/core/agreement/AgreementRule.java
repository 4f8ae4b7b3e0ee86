package no.samarbeidsavtaler.core.agreement;

import no.samarbeidsavtaler.core.rules.RuleCode;

/** The named rules of the agreement aggregate. Codes are stable: add, never rename. */
public enum AgreementRule implements RuleCode {
    // Registration
    AGREEMENT_HAS_A_TITLE("agreement-has-a-title", "Avtalen må ha en tittel"),
    AGREEMENT_TITLE_IS_SHORT("agreement-title-is-short", "Avtalens tittel kan ha høyst 300 tegn"),
    AGREEMENT_HAS_A_KIND("agreement-has-a-kind", "Avtaletype må oppgis"),
    AGREEMENT_HAS_MUNICIPALITIES("agreement-has-municipalities", "Avtalen må ha minst én kommune som part"),
    STATUTORY_POINTS_ARE_1_TO_13("statutory-points-are-1-to-13", "Lovpunktene i § 6-2 er nummerert 1–13"),
    IDENTIFIER_IS_VALID("identifier-is-valid",
            "Identifikatorer består av bokstaver, sifre, punktum, bindestrek og understrek (maks 100 tegn)"),
    SUB_AGREEMENT_HAS_A_DESIGNATION("sub-agreement-has-a-designation", "En delavtale må ha en betegnelse, f.eks. «2»"),
    SPECIAL_AGREEMENT_HAS_A_PARENT("special-agreement-has-a-parent", "En særavtale må høre til en overordnet avtale"),
    OVERALL_AGREEMENT_HAS_NO_PARENT("overall-agreement-has-no-parent",
            "En overordnet avtale kan ikke ha en overordnet avtale"),
    MUNICIPALITY_IS_LISTED_ONCE("municipality-is-listed-once", "En kommune kan bare være part én gang"),

    // Agreement lifecycle
    TERMINATED_AGREEMENT_ACCEPTS_NO_COMMANDS("terminated-agreement-accepts-no-commands",
            "En oppsagt avtale kan ikke endres"),
    TERMINATION_HAS_DATE_AND_REASON("termination-has-date-and-reason", "Oppsigelse krever dato og begrunnelse"),
    REVIEW_DATE_IS_GIVEN("review-date-is-given", "Revisjonsdato må oppgis"),

    // Versions
    VERSION_IS_KNOWN("version-is-known", "Versjonen finnes ikke"),
    ONLY_ONE_OPEN_VERSION("only-one-open-version", "Avtalen kan bare ha én åpen (ikke ikraftsatt) versjon"),
    ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED("only-draft-versions-can-be-changed",
            "Bare utkast kan endres; vedtatte, signerte og ikraftsatte versjoner er låst"),
    ONLY_OPEN_VERSIONS_CAN_BE_DISCARDED("only-open-versions-can-be-discarded",
            "Bare utkast og forhandlede versjoner kan forkastes"),
    REQUIRED_DATE_IS_GIVEN("required-date-is-given", "Datoen må oppgis"),
    NEGOTIATED_VERSION_HAS_CLAUSES("negotiated-version-has-clauses", "En forhandlet versjon må ha minst ett punkt"),

    // Clauses
    CLAUSE_IS_KNOWN("clause-is-known", "Punktet finnes ikke i versjonen"),
    CLAUSE_ID_IS_UNIQUE("clause-id-is-unique", "Punkt-ID er allerede brukt i versjonen"),
    CLAUSE_HAS_NUMBER_AND_TEXT("clause-has-number-and-text", "Et punkt må ha nummer og tittel eller tekst"),
    CLAUSE_NUMBER_IS_UNIQUE("clause-number-is-unique", "Punktnummeret er allerede brukt i versjonen"),

    // Responsibility assignments
    ASSIGNMENT_IS_KNOWN("assignment-is-known", "Ansvarsfordelingen finnes ikke i punktet"),
    ASSIGNMENT_ID_IS_UNIQUE("assignment-id-is-unique", "Ansvars-ID er allerede brukt i versjonen"),
    ASSIGNMENT_HAS_CELL_PARTY_AND_ROLE("assignment-has-cell-party-and-role",
            "En ansvarsfordeling må angi tilbud, part og rolle"),
    ASSIGNMENT_PARTY_BELONGS_TO_AGREEMENT("assignment-party-belongs-to-agreement",
            "Ansvar kan bare gis til avtalens parter eller navngitte brukerorganisasjoner"),
    USER_ORGANISATION_IS_NOT_RESPONSIBLE("user-organisation-is-not-responsible",
            "Brukerorganisasjoner bidrar eller gir råd, men har ikke ansvar"),
    ASSIGNMENT_MUNICIPALITIES_ARE_PARTIES("assignment-municipalities-are-parties",
            "Ansvar kan bare gjelde kommuner som er part i avtalen"),
    CONDITION_CODE_IS_VALID("condition-code-is-valid", "Diagnosekoden har feil format for kodeverket"),
    CELL_IS_CONSISTENT("cell-is-consistent", "Tilbudets kjennetegn motsier hverandre"),
    ONE_RESPONSIBLE_PARTY_PER_CELL("one-responsible-party-per-cell",
            "Bare én part kan ha ansvar for samme tilbud i samme kommune, med mindre ansvaret er delt med en navngitt leder"),
    SHARED_ASSIGNMENT_NAMES_A_LEAD_PARTY("shared-assignment-names-a-lead-party",
            "Delt ansvar må ha en leder som er part i avtalen"),

    // Transition (Helse Fonna 2016)
    TRUST_OFFERING_KEPT_UNTIL_MUNICIPAL_OFFERING_ESTABLISHED("trust-offering-kept-until-municipal-offering-established",
            "Etablerte tilbud i spesialisthelsetjenesten må ikke legges ned før gode tilbud er etablert i kommunene"),
    TRANSITION_END_DATE_ONLY_FOR_TRANSITIONS("transition-end-date-only-for-transitions",
            "Sluttdato for overgang gjelder bare ansvar som flyttes fra helseforetak til kommune"),
    CONFIRMATION_REQUIRES_TRANSITION_IN_FORCE("confirmation-requires-transition-in-force",
            "Bare en pågående overgang i en versjon i kraft kan bekreftes etablert"),

    // Adoption and signature
    VERSION_IS_OPEN_FOR_ADOPTION("version-is-open-for-adoption",
            "Bare en forhandlet versjon som ikke er i kraft kan vedtas, signeres eller settes i kraft"),
    PARTY_BELONGS_TO_AGREEMENT("party-belongs-to-agreement", "Bare avtalens parter vedtar og signerer"),
    PARTY_ADOPTS_ONCE("party-adopts-once", "Parten har allerede vedtatt versjonen; bruk retting"),
    ADOPTION_HAS_FORUM_CASE_AND_DATE("adoption-has-forum-case-and-date",
            "Et vedtak må ha organ, saksnummer og vedtaksdato"),
    DEVIATION_IS_RECORDED_BY_A_MUNICIPALITY("deviation-is-recorded-by-a-municipality",
            "Bare kommuner kan vedta med avvik"),
    DEVIATION_NAMES_A_CLAUSE_OF_THE_VERSION("deviation-names-a-clause-of-the-version",
            "Et avvik må gjelde et punkt i versjonen og ha tekst"),
    SIGNATURE_REQUIRES_ADOPTION("signature-requires-adoption", "En part signerer først etter eget vedtak"),
    PARTY_SIGNS_ONCE("party-signs-once", "Parten har allerede signert versjonen; bruk retting"),
    SIGNATURE_HAS_SIGNATORY_AND_DATE("signature-has-signatory-and-date", "En signatur må ha signatar og dato"),

    // Entry into force
    IN_FORCE_REQUIRES_ALL_ADOPTED_AND_SIGNED("in-force-requires-all-adopted-and-signed",
            "Versjonen kan først tre i kraft når alle parter har vedtatt og signert"),
    EFFECTIVE_DATE_ON_OR_AFTER_ADOPTIONS("effective-date-on-or-after-adoptions",
            "Ikrafttredelse kan ikke være før vedtakene"),
    EFFECTIVE_DATES_FOLLOW_VERSION_ORDER("effective-dates-follow-version-order",
            "En ny versjon må tre i kraft etter versjonen den erstatter"),

    // Corrections
    CORRECTION_HAS_A_REASON("correction-has-a-reason", "Retting krever begrunnelse"),
    CORRECTED_FACT_EXISTS("corrected-fact-exists", "Det som skal rettes er ikke registrert");

    /**
     * Rules that a well-formed command can still break because of what is already recorded:
     * the HTTP edge answers them with 409 Conflict instead of 422.
     */
    private static final java.util.Set<String> STATE_CONFLICTS = java.util.Set.of(
            "TERMINATED_AGREEMENT_ACCEPTS_NO_COMMANDS",
            "ONLY_ONE_OPEN_VERSION",
            "ONLY_DRAFT_VERSIONS_CAN_BE_CHANGED",
            "ONLY_OPEN_VERSIONS_CAN_BE_DISCARDED",
            "NEGOTIATED_VERSION_HAS_CLAUSES",
            "CLAUSE_ID_IS_UNIQUE",
            "CLAUSE_NUMBER_IS_UNIQUE",
            "ASSIGNMENT_ID_IS_UNIQUE",
            "ONE_RESPONSIBLE_PARTY_PER_CELL",
            "TRUST_OFFERING_KEPT_UNTIL_MUNICIPAL_OFFERING_ESTABLISHED",
            "CONFIRMATION_REQUIRES_TRANSITION_IN_FORCE",
            "VERSION_IS_OPEN_FOR_ADOPTION",
            "PARTY_ADOPTS_ONCE",
            "SIGNATURE_REQUIRES_ADOPTION",
            "PARTY_SIGNS_ONCE",
            "IN_FORCE_REQUIRES_ALL_ADOPTED_AND_SIGNED",
            "EFFECTIVE_DATE_ON_OR_AFTER_ADOPTIONS",
            "EFFECTIVE_DATES_FOLLOW_VERSION_ORDER");

    /** Titles name agreements in lists, exports and file names; the text belongs in the clauses. */
    public static final int MAX_TITLE_LENGTH = 300;

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

    @Override
    public Kind kind() {
        return STATE_CONFLICTS.contains(name()) ? Kind.STATE_CONFLICT : Kind.INVALID_CONTENT;
    }
}
