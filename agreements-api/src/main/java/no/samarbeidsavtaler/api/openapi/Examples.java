package no.samarbeidsavtaler.api.openapi;

/** Example payloads for the OpenAPI document, in the registry's own terms (Helse Fonna, Ullensvang…). */
public final class Examples {

    private Examples() {
    }

    public static final String AGREEMENT_ID = "3f1c2a7e-5b0d-4c8e-9a61-2d7f0b4e8c15";

    public static final String REGISTER_OVERALL_AGREEMENT = """
            {
              "kind": "OVERALL",
              "title": "Samarbeidsavtale mellom Helse Fonna HF og kommunene i Helse Fonna-området",
              "healthTrust": "983974694",
              "municipalities": ["1106", "1149", "4618"],
              "statutoryPoints": [1, 2, 3, 8],
              "contributors": [],
              "reason": "Registrert fra signert avtale datert 2016-05-12",
              "caseReference": "2016/1234"
            }""";

    public static final String REGISTER_SUB_AGREEMENT = """
            {
              "kind": "SUB_AGREEMENT",
              "designation": "2",
              "title": "Delavtale 2: Lærings- og mestringstilbud",
              "healthTrust": "983974694",
              "municipalities": ["4618"],
              "parentAgreementId": "3f1c2a7e-5b0d-4c8e-9a61-2d7f0b4e8c15",
              "statutoryPoints": [2],
              "caseReference": "2016/1234"
            }""";

    public static final String REGISTERED = """
            {"agreementId": "3f1c2a7e-5b0d-4c8e-9a61-2d7f0b4e8c15"}""";

    public static final String SUMMARY = """
            {
              "agreementId": "3f1c2a7e-5b0d-4c8e-9a61-2d7f0b4e8c15",
              "kind": "OVERALL",
              "designation": null,
              "title": "Samarbeidsavtale mellom Helse Fonna HF og kommunene i Helse Fonna-området",
              "healthTrust": "983974694",
              "municipalities": ["1106", "1149", "4618"],
              "parentAgreementId": null,
              "statutoryPoints": [1, 2, 3, 8],
              "contributors": [],
              "version": 1,
              "registeredAt": "2024-03-01T09:15:00Z",
              "lastChangedAt": "2024-03-01T09:15:00Z"
            }""";

    public static final String RULE_VIOLATION = """
            {
              "type": "https://samarbeidsavtaler.no/problems/organisation-number-is-valid",
              "title": "Organisasjonsnummeret må ha 9 sifre og gyldig kontrollsiffer (modulus 11)",
              "status": 422,
              "detail": "«983974695» er ikke et gyldig organisasjonsnummer",
              "instance": "/api/agreements",
              "rule": "organisation-number-is-valid",
              "field": "healthTrust",
              "errors": [{"field": "healthTrust", "rule": "organisation-number-is-valid",
                          "detail": "«983974695» er ikke et gyldig organisasjonsnummer"}]
            }""";

    public static final String STATE_CONFLICT = """
            {
              "type": "https://samarbeidsavtaler.no/problems/only-one-open-version",
              "title": "Avtalen kan bare ha én åpen (ikke ikraftsatt) versjon",
              "status": 409,
              "detail": "Versjon 2 er fortsatt åpen (DRAFT)",
              "rule": "only-one-open-version"
            }""";

    public static final String FORBIDDEN = """
            {
              "type": "https://samarbeidsavtaler.no/problems/forbidden",
              "title": "Du har ikke tilgang til dette",
              "status": 403,
              "detail": "Du kan ikke registrere for helseforetaket 983974724; det ligger utenfor helseforetakene eller regionene du er tildelt"
            }""";

    public static final String MALFORMED = """
            {
              "type": "https://samarbeidsavtaler.no/problems/invalid-value",
              "title": "Ugyldig verdi i et felt",
              "status": 400,
              "detail": "«FRAMEWORK» er ikke en gyldig verdi for «kind». Gyldige verdier: OVERALL, SUB_AGREEMENT, SPECIAL",
              "field": "kind",
              "allowedValues": ["OVERALL", "SUB_AGREEMENT", "SPECIAL"]
            }""";

    public static final String STALE = """
            {
              "type": "https://samarbeidsavtaler.no/problems/stale-version",
              "title": "Avtalen er endret siden du hentet den",
              "status": 412,
              "detail": "Avtalen er endret etter versjonen i If-Match. Hent den på nytt og bruk den nye ETag-en"
            }""";

    public static final String IF_MATCH_REQUIRED = """
            {
              "type": "https://samarbeidsavtaler.no/problems/if-match-required",
              "title": "Endringer krever If-Match med avtalens versjon (ETag)",
              "status": 428,
              "detail": "Endringen må ha If-Match med ETag-en du fikk da du hentet avtalen, f.eks. If-Match: \\"3\\"",
              "field": "If-Match"
            }""";

    public static final String UNAUTHENTICATED = """
            {
              "type": "https://samarbeidsavtaler.no/problems/unauthenticated",
              "title": "Du må logge inn",
              "status": 401,
              "detail": "Du må logge inn for å bruke registeret"
            }""";

    public static final String NOT_FOUND = """
            {
              "type": "https://samarbeidsavtaler.no/problems/agreement-not-found",
              "title": "Fant ikke avtalen",
              "status": 404,
              "detail": "Fant ingen avtale med id 3f1c2a7e-5b0d-4c8e-9a61-2d7f0b4e8c15"
            }""";
}
