package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.events.*;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;

/** Event histories in domain words: a small Helse Fonna LMS agreement with three municipalities. */
final class AgreementTestData {

    static final String AGREEMENT = "helse-fonna-lms";
    static final String HELSE_FONNA_ORGNR = "983974694";
    static final String HAUGESUND = "1106";
    static final String KARMOY = "1149";
    static final String STORD = "4614";
    static final PartyRef HELSE_FONNA = new PartyRef(PartyKind.HEALTH_TRUST, HELSE_FONNA_ORGNR);
    static final PartyRef HAUGESUND_KOMMUNE = new PartyRef(PartyKind.MUNICIPALITY, HAUGESUND);
    static final PartyRef KARMOY_KOMMUNE = new PartyRef(PartyKind.MUNICIPALITY, KARMOY);
    static final PartyRef STORD_KOMMUNE = new PartyRef(PartyKind.MUNICIPALITY, STORD);
    static final PartyRef DIABETESFORBUNDET = new PartyRef(PartyKind.USER_ORGANISATION, "diabetesforbundet");
    static final List<PartyRef> ALL_PARTIES = List.of(HELSE_FONNA, HAUGESUND_KOMMUNE, KARMOY_KOMMUNE, STORD_KOMMUNE);

    static final String DIABETES_CLAUSE = "clause-3";
    static final String HELSE_FONNA_DIABETES_COURSES = "assignment-3-hf";
    static final Condition DIABETES_TYPE_2 = Condition.icd10("E11", "Diabetes mellitus type 2");
    static final Cell NEWLY_DIAGNOSED_DIABETES_COURSES = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP)
            .withDiagnosisSpecific(true).withCondition(DIABETES_TYPE_2).withPathwayPhase(PathwayPhase.NEWLY_DIAGNOSED);

    static final LocalDate NEGOTIATED_ON = LocalDate.of(2016, 6, 1);
    static final LocalDate ADOPTED_ON = LocalDate.of(2016, 9, 15);
    static final LocalDate SIGNED_ON = LocalDate.of(2016, 9, 20);
    static final LocalDate IN_FORCE_FROM = LocalDate.of(2016, 10, 1);

    private AgreementTestData() {
    }

    static AgreementRegistered helseFonnaAgreementRegistered() {
        return new AgreementRegistered(AGREEMENT, AgreementKind.SUB_AGREEMENT, "2", "Læring og mestring",
                HELSE_FONNA_ORGNR, List.of(HAUGESUND, KARMOY, STORD), null, List.of(2), List.of("diabetesforbundet"));
    }

    static DraftVersionOpened draftOpened(int version, Integer basedOn) {
        return new DraftVersionOpened(AGREEMENT, version, basedOn);
    }

    static ClauseAdded diabetesClauseAdded(int version) {
        return new ClauseAdded(AGREEMENT, version, DIABETES_CLAUSE, "3", "Korte diagnosespesifikke kurs",
                "Korte kurs for nydiagnostiserte som følges opp i spesialisthelsetjenesten er foretakets ansvar.");
    }

    static ResponsibilityTerms helseFonnaRunsNewlyDiagnosedDiabetesCourses() {
        return ResponsibilityTerms.of(NEWLY_DIAGNOSED_DIABETES_COURSES, HELSE_FONNA, ResponsibilityRole.RESPONSIBLE, List.of());
    }

    static ResponsibilityAssigned assigned(int version, String assignmentId, ResponsibilityTerms terms, String transitionFrom) {
        return new ResponsibilityAssigned(AGREEMENT, version, DIABETES_CLAUSE, assignmentId, terms, transitionFrom);
    }

    /** Version 1 draft: clause 3 with Helse Fonna responsible for newly-diagnosed diabetes courses everywhere. */
    static List<Object> draftWithDiabetesClause() {
        return List.of(helseFonnaAgreementRegistered(), draftOpened(1, null), diabetesClauseAdded(1),
                assigned(1, HELSE_FONNA_DIABETES_COURSES, helseFonnaRunsNewlyDiagnosedDiabetesCourses(), null));
    }

    static VersionNegotiated negotiated(int version) {
        return new VersionNegotiated(AGREEMENT, version, NEGOTIATED_ON.plusYears(version - 1));
    }

    static VersionAdopted adoptedBy(int version, PartyRef party) {
        return new VersionAdopted(AGREEMENT, version, party, AdoptionForum.SAMHANDLINGSUTVALG, "2016/" + party.id(),
                ADOPTED_ON.plusYears(version - 1), List.of());
    }

    static VersionSigned signedBy(int version, PartyRef party) {
        return new VersionSigned(AGREEMENT, version, party, "Signatar for " + party.id(), SIGNED_ON.plusYears(version - 1));
    }

    static List<Object> adoptedByAll(int version) {
        return ALL_PARTIES.stream().<Object>map(p -> adoptedBy(version, p)).toList();
    }

    static List<Object> signedByAll(int version) {
        return ALL_PARTIES.stream().<Object>map(p -> signedBy(version, p)).toList();
    }

    static VersionEnteredIntoForce enteredIntoForce(int version) {
        return new VersionEnteredIntoForce(AGREEMENT, version, IN_FORCE_FROM.plusYears(version - 1));
    }

    static List<Object> version1NegotiatedWithDiabetesClause() {
        return history(draftWithDiabetesClause(), negotiated(1));
    }

    static List<Object> version1AdoptedByAll() {
        return history(version1NegotiatedWithDiabetesClause(), adoptedByAll(1));
    }

    static List<Object> version1SignedByAll() {
        return history(version1AdoptedByAll(), signedByAll(1));
    }

    static List<Object> version1InForce() {
        return history(version1SignedByAll(), enteredIntoForce(1));
    }

    /** Version 1 in force and version 2 opened from it (a copy of clause 3 and its assignment). */
    static List<Object> version2DraftFromVersion1() {
        return history(version1InForce(), draftOpened(2, 1));
    }

    /** Version 2 in force; version 1 superseded. */
    static List<Object> version2InForce() {
        return history(version2DraftFromVersion1(), negotiated(2), adoptedByAll(2), signedByAll(2),
                new VersionSuperseded(AGREEMENT, 1, 2, IN_FORCE_FROM.plusYears(1)), enteredIntoForce(2));
    }

    /** Flattens events and lists of events into one history. */
    static List<Object> history(Object... parts) {
        List<Object> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Collection<?> many) {
                all.addAll(many);
            } else {
                all.add(part);
            }
        }
        return all;
    }
}
