package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.agreement.events.*;

/** One fully populated sample per event type: what the approved JSON files were made from. */
final class EventSamples {

    private EventSamples() {
    }

    static Map<Class<?>, Object> all() {
        ResponsibilityTerms haugesundTakesOver = ResponsibilityTerms.of(NEWLY_DIAGNOSED_DIABETES_COURSES.withProgramme("Diabeteskurs"),
                        HAUGESUND_KOMMUNE, ResponsibilityRole.RESPONSIBLE, List.of(HAUGESUND))
                .withConditions("Gruppe på minst 6").withTransitionEndsOn(LocalDate.of(2018, 6, 30));
        ResponsibilityTerms sharedChildren = ResponsibilityTerms.of(Cell.general().withTargetGroup(TargetGroup.CHILDREN_AND_YOUTH),
                KARMOY_KOMMUNE, ResponsibilityRole.RESPONSIBLE, List.of(KARMOY)).sharedWith(HELSE_FONNA);
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        List.of(
                helseFonnaAgreementRegistered(),
                draftOpened(2, 1),
                diabetesClauseAdded(2),
                new ClauseAmended(AGREEMENT, 2, DIABETES_CLAUSE, "3.1", "Korte kurs", "Endret tekst"),
                new ClauseWithdrawn(AGREEMENT, 2, DIABETES_CLAUSE),
                new ResponsibilityAssigned(AGREEMENT, 2, DIABETES_CLAUSE, "assignment-3-1106", haugesundTakesOver, HELSE_FONNA_ORGNR),
                new ResponsibilityAmended(AGREEMENT, 2, DIABETES_CLAUSE, "assignment-6-1149", sharedChildren, null),
                new ResponsibilityWithdrawn(AGREEMENT, 2, DIABETES_CLAUSE, "assignment-3-1106"),
                negotiated(2),
                new VersionAdopted(AGREEMENT, 2, KARMOY_KOMMUNE, AdoptionForum.MUNICIPAL_COUNCIL, "17/42", ADOPTED_ON,
                        List.of(new Deviation(DIABETES_CLAUSE, "Karmøy driver egne kurs"))),
                signedBy(2, KARMOY_KOMMUNE),
                enteredIntoForce(2),
                new VersionSuperseded(AGREEMENT, 1, 2, IN_FORCE_FROM.plusYears(1)),
                new OfferingEstablishmentConfirmed(AGREEMENT, 2, DIABETES_CLAUSE, "assignment-3-1106", LocalDate.of(2018, 1, 15)),
                new AdoptionCorrected(AGREEMENT, 2, KARMOY_KOMMUNE, "17/43", ADOPTED_ON.minusDays(1), "Feil saksnummer"),
                new SignatureCorrected(AGREEMENT, 2, KARMOY_KOMMUNE, "Ordfører", SIGNED_ON, "Feil signatar"),
                new EffectiveDateCorrected(AGREEMENT, 2, IN_FORCE_FROM.plusYears(1).plusDays(1), "Feil dato"),
                new AgreementTerminated(AGREEMENT, LocalDate.of(2020, 12, 31), "Erstattet av helsefellesskapets avtale"),
                new VersionDiscarded(AGREEMENT, 3, "Forhandlingene ble avsluttet"),
                new ReviewDateAgreed(AGREEMENT, LocalDate.of(2020, 9, 30))
        ).forEach(event -> samples.put(event.getClass(), event));
        return samples;
    }
}
