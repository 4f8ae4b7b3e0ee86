package no.samarbeidsavtaler.api.openapi;

/** Example bodies for the lifecycle changes, from Helse Fonna's 2016 LMS agreement. */
public final class LifecycleExamples {

    private LifecycleExamples() {
    }

    public static final String IF_MATCH = "Avtalens ETag slik du sist hentet den, f.eks. \"3\". Påkrevd: uten gir 428, utdatert gir 412.";

    public static final String OPEN_DRAFT = """
            {"reason": "Revisjon etter ny nasjonal veileder", "caseReference": "2024/1234"}""";

    public static final String NEW_CLAUSE = """
            {"clauseId": "hf2016-3", "number": "3", "title": "Korte diagnosespesifikke kurs for nydiagnostiserte",
             "text": "Korte diagnosespesifikke kurs til personer som er nydiagnostiserte og blir fulgt opp i spesialisthelsetjenesten er foretakets ansvar å drive.",
             "caseReference": "2016/1234"}""";

    public static final String CLAUSE_TEXT = """
            {"number": "3", "title": "Korte diagnosespesifikke kurs for nydiagnostiserte",
             "text": "Korte diagnosespesifikke kurs til nydiagnostiserte som følges opp i spesialisthelsetjenesten drives av foretaket.",
             "reason": "Språklig forenkling vedtatt i samhandlingsutvalget"}""";

    public static final String NEW_ASSIGNMENT = """
            {"assignmentId": "hf2016-4-friskliv-4618",
             "assignment": {
               "cell": {"category": "PREVENTIVE_HEALTHY_LIFE"},
               "party": {"kind": "MUNICIPALITY", "id": "4618"},
               "role": "RESPONSIBLE",
               "municipalities": ["4618"],
               "conditions": "Eventuelt i interkommunalt samarbeid"},
             "caseReference": "2016/1234"}""";

    public static final String ASSIGNMENT_TERMS = """
            {"assignment": {
               "cell": {"category": "DIAGNOSIS_SPECIFIC_GROUP", "diagnosisSpecific": true, "pathwayPhase": "NEWLY_DIAGNOSED"},
               "party": {"kind": "HEALTH_TRUST", "id": "983974694"},
               "role": "RESPONSIBLE",
               "municipalities": [],
               "conditions": "Pasienten følges opp i spesialisthelsetjenesten"},
             "reason": "Presisert vilkår"}""";

    public static final String OFFERING_ESTABLISHED = """
            {"establishedOn": "2018-01-15", "reason": "Frisklivssentralen i Ullensvang har startet diabeteskurs"}""";

    public static final String NEGOTIATION = """
            {"negotiatedOn": "2016-08-31", "caseReference": "2016/1234"}""";

    public static final String ADOPTION = """
            {"party": {"kind": "MUNICIPALITY", "id": "4618"}, "forum": "MUNICIPAL_COUNCIL",
             "caseNumber": "16/845", "decidedOn": "2016-09-29",
             "deviations": [{"clauseId": "hf2016-5", "text": "Ullensvang ber om at overgangen evalueres etter ett år"}]}""";

    public static final String SIGNATURE = """
            {"party": {"kind": "HEALTH_TRUST", "id": "983974694"}, "signatory": "Administrerende direktør", "signedOn": "2016-09-30"}""";

    public static final String ENTRY_INTO_FORCE = """
            {"effectiveFrom": "2016-10-01", "caseReference": "2016/1234"}""";

    public static final String ADOPTION_CORRECTION = """
            {"party": {"kind": "MUNICIPALITY", "id": "4618"}, "caseNumber": "16/854", "decidedOn": "2016-09-29",
             "reason": "Saksnummeret var skrevet feil (16/845)"}""";

    public static final String SIGNATURE_CORRECTION = """
            {"party": {"kind": "HEALTH_TRUST", "id": "983974694"}, "signatory": "Fungerende administrerende direktør",
             "signedOn": "2016-09-30", "reason": "Feil signatar registrert"}""";

    public static final String EFFECTIVE_DATE_CORRECTION = """
            {"effectiveFrom": "2016-11-01", "reason": "Ikrafttredelsen ble utsatt i vedtaket"}""";

    public static final String DISCARD = """
            {"reason": "Utkastet erstattes av et nytt etter kommunereformen", "caseReference": "2019/77"}""";

    public static final String TERMINATION = """
            {"terminatedOn": "2024-12-31", "reason": "Erstattet av ny samarbeidsavtale for helsefellesskapet",
             "caseReference": "2024/1234"}""";

    public static final String REVIEW_DATE = """
            {"reviewDueOn": "2027-06-30", "reason": "Avtalt i samhandlingsutvalget", "caseReference": "2024/1234"}""";
}
