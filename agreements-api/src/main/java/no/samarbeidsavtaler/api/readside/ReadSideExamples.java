package no.samarbeidsavtaler.api.readside;

/** OpenAPI examples of the read side, in Norwegian, from the Helse Fonna demo agreement. */
final class ReadSideExamples {

    static final String ANSWER = """
            {"offering": {"category": "DIAGNOSIS_SPECIFIC_GROUP", "diagnosisSpecific": true, "pathwayPhase": "NEWLY_DIAGNOSED"},
             "healthTrust": "983974694", "validOn": "2024-01-01",
             "municipalities": [{"municipality": "4618", "municipalityName": "Ullensvang", "state": "RESPONSIBLE",
               "parties": [{"party": {"kind": "HEALTH_TRUST", "id": "983974694"}, "name": "Helse Fonna HF", "role": "RESPONSIBLE",
                 "citation": {"agreementId": "helse-fonna-lms-2016", "agreementTitle": "Lærings- og mestringstilbud i Helse Fonna etter 2016",
                   "version": 1, "clauseNumber": "3", "clauseTitle": "Korte diagnosespesifikke kurs for nydiagnostiserte"}}]}]}""";

    static final String BAD_PARAMETER = """
            {"type": "https://samarbeidsavtaler.no/problems/invalid-value", "title": "Ugyldig verdi i et felt", "status": 400,
             "detail": "«2024-13-01» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)", "field": "validOn"}""";

    static final String HISTORY_LINE = """
            {"position": 17, "sequence": 0, "eventId": "5b8e…", "type": "no.samarbeidsavtaler.core.agreement.events.AgreementRegistered",
             "revision": "1", "timestamp": "2016-08-01T08:00:00Z", "metadata": {"actorId": "sekretariat", "actorRole": "secretary"},
             "payload": {"agreementId": "helse-fonna-lms-2016", "title": "Lærings- og mestringstilbud i Helse Fonna etter 2016"}}""";

    private ReadSideExamples() {
    }
}
