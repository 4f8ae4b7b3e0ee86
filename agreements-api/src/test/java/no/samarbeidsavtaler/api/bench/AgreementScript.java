package no.samarbeidsavtaler.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The HTTP commands of one synthetic agreement, imitating HelseFonna2016: registration, clauses, responsibility
 * assignments (the trust for diagnosis-specific courses, each municipality for its own residents), negotiation,
 * adoption and signature by every party, entry into force; some agreements are then revised (v2).
 */
public record AgreementScript(String healthTrust, List<String> municipalities, String registration, List<Step> changes) {

    /** One lifecycle change, sent with the agreement's latest ETag as If-Match (path relative to the agreement). */
    public record Step(String method, String path, String body) {
    }

    private static final String[] TRUST_CATEGORIES = {"DIAGNOSIS_SPECIFIC_GROUP", "NON_DIAGNOSIS_SPECIFIC_GROUP"};
    private static final String[] MUNICIPAL_CATEGORIES = {"PREVENTIVE_HEALTHY_LIFE", "MEETING_PLACE_SELF_HELP"};
    private static final String[] PHASES = {"NEWLY_DIAGNOSED", "FOLLOW_UP_OVER_TIME", "PREVENTION"};

    int commandCount() {
        return 1 + changes.size();
    }

    /** {@code serial} makes cells and designations differ between agreements of the same trust. */
    public static AgreementScript of(String trust, List<String> municipalities, boolean overall, int serial, boolean revise) {
        String muns = municipalities.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(","));
        String registration = overall
                ? """
                  {"kind": "OVERALL", "title": "Samarbeidsavtale %s nr %d", "healthTrust": "%s",
                   "municipalities": [%s], "statutoryPoints": [1, 2]}""".formatted(trust, serial, trust, muns)
                : """
                  {"kind": "SUB_AGREEMENT", "designation": "%d", "title": "Delavtale %d om læring og mestring",
                   "healthTrust": "%s", "municipalities": [%s], "statutoryPoints": [2]}""".formatted(serial, serial, trust, muns);
        String trustRef = party("HEALTH_TRUST", trust);
        List<Step> s = new ArrayList<>();
        String trustCategory = TRUST_CATEGORIES[serial % TRUST_CATEGORIES.length];
        String municipalCategory = MUNICIPAL_CATEGORIES[serial % MUNICIPAL_CATEGORIES.length];
        String phase = PHASES[serial % PHASES.length];
        s.add(clause("c1", "1", "Kurs i spesialisthelsetjenesten", "Helseforetaket tilbyr diagnosespesifikke kurs."));
        s.add(clause("c2", "2", "Tilbud i kommunene", "Kommunene tilbyr frisklivs-, lærings- og mestringstilbud."));
        s.add(clause("c3", "3", "Samarbeid", "Partene samarbeider om henvisning og informasjon."));
        s.add(new Step("POST", "/versions/1/clauses/c1/assignments", """
                {"assignmentId": "c1-hf", "assignment": {"cell": {"category": "%s", "pathwayPhase": "%s"},
                 "party": %s, "role": "RESPONSIBLE", "municipalities": [%s]}}""".formatted(trustCategory, phase, trustRef, muns)));
        if (!overall) {
            for (String m : municipalities) {
                s.add(new Step("POST", "/versions/1/clauses/c2/assignments", """
                        {"assignmentId": "c2-%s", "assignment": {"cell": {"category": "%s"},
                         "party": %s, "role": "RESPONSIBLE", "municipalities": ["%s"]}}"""
                        .formatted(m, municipalCategory, party("MUNICIPALITY", m), m)));
            }
        }
        lifecycle(s, 1, trust, municipalities, "2016");
        if (revise) {
            s.add(new Step("POST", "/versions", "{\"reason\": \"Revisjon\", \"caseReference\": \"2020/1\"}"));
            s.add(new Step("PUT", "/versions/2/clauses/c3", """
                    {"number": "3", "title": "Samarbeid og digital samhandling", "text": "Partene samarbeider digitalt.",
                     "reason": "Revisjon 2020"}"""));
            lifecycle(s, 2, trust, municipalities, "2020");
        }
        return new AgreementScript(trust, municipalities, registration, s);
    }

    private static void lifecycle(List<Step> s, int version, String trust, List<String> municipalities, String year) {
        String v = "/versions/" + version;
        s.add(new Step("POST", v + "/negotiation", "{\"negotiatedOn\": \"" + year + "-08-31\"}"));
        s.add(new Step("POST", v + "/adoptions", """
                {"party": %s, "forum": "TRUST_BOARD", "caseNumber": "HF-%s/1", "decidedOn": "%s-09-20"}"""
                .formatted(party("HEALTH_TRUST", trust), year, year)));
        for (String m : municipalities) {
            s.add(new Step("POST", v + "/adoptions", """
                    {"party": %s, "forum": "MUNICIPAL_COUNCIL", "caseNumber": "%s/%s", "decidedOn": "%s-09-29"}"""
                    .formatted(party("MUNICIPALITY", m), year, m, year)));
        }
        s.add(new Step("POST", v + "/signatures", """
                {"party": %s, "signatory": "Adm. dir.", "signedOn": "%s-09-30"}""".formatted(party("HEALTH_TRUST", trust), year)));
        for (String m : municipalities) {
            s.add(new Step("POST", v + "/signatures", """
                    {"party": %s, "signatory": "Ordfører", "signedOn": "%s-09-30"}""".formatted(party("MUNICIPALITY", m), year)));
        }
        s.add(new Step("POST", v + "/entry-into-force", "{\"effectiveFrom\": \"" + year + "-10-01\"}"));
    }

    private static Step clause(String id, String number, String title, String text) {
        return new Step("POST", "/versions/1/clauses", """
                {"clauseId": "%s", "number": "%s", "title": "%s", "text": "%s"}""".formatted(id, number, title, text));
    }

    private static String party(String kind, String id) {
        return "{\"kind\": \"" + kind + "\", \"id\": \"" + id + "\"}";
    }
}
