package no.samarbeidsavtaler.api.demo;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.AGREEMENT_ID;
import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.HELSE_FONNA_HF;
import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.MUNICIPALITIES;
import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.SHORT_COURSES_FOR_NEWLY_DIAGNOSED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.commands.AmendClause;
import no.samarbeidsavtaler.core.agreement.commands.ConfirmOfferingEstablished;
import no.samarbeidsavtaler.core.agreement.commands.OpenDraftVersion;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawResponsibility;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * Version 2 of the Helse Fonna agreement (illustrative, 2020): the short diagnosis-specific courses
 * for the newly diagnosed move from Helse Fonna to each municipality, as transitions. The trust stays
 * responsible until a municipality's offering is confirmed established or its end date passes
 * (recommendation 5, {@code TransitionGuard}). Haugesund-area municipalities had until end of 2022,
 * Sunnhordland and Hardanger until mid-2027; four have confirmed; Etne adopted with a deviation.
 */
final class HelseFonnaRevision2020 {

    static final int VERSION = 2;
    static final String CLAUSE = HelseFonna2016.clauseId("3");
    static final LocalDate IN_FORCE_FROM = LocalDate.of(2020, 9, 1);
    static final String DEVIATING_MUNICIPALITY = "4611"; // Etne
    private static final Map<String, LocalDate> ESTABLISHED = Map.of(
            "1106", LocalDate.of(2021, 3, 1), "1149", LocalDate.of(2021, 9, 1),
            "4614", LocalDate.of(2022, 1, 15), "4617", LocalDate.of(2023, 2, 1));

    private HelseFonnaRevision2020() {
    }

    static String assignmentId(String municipality) {
        return "hf2020-3-" + municipality;
    }

    static List<Object> commands() {
        DemoSteps steps = new DemoSteps(AGREEMENT_ID, VERSION, HELSE_FONNA_HF, MUNICIPALITIES);
        steps.add(new OpenDraftVersion(AGREEMENT_ID));
        steps.add(new AmendClause(AGREEMENT_ID, VERSION, CLAUSE, "3", "Korte diagnosespesifikke kurs for nydiagnostiserte",
                "Korte diagnosespesifikke kurs for nydiagnostiserte flyttes fra foretaket til kommunene. Foretaket driver "
                        + "kursene videre til kommunens tilbud er bekreftet etablert, og senest til overgangsfristen."));
        steps.add(new WithdrawResponsibility(AGREEMENT_ID, VERSION, CLAUSE, CLAUSE + "-hf"));
        for (String municipality : MUNICIPALITIES) {
            LocalDate endsOn = municipality.startsWith("11") ? LocalDate.of(2022, 12, 31) : LocalDate.of(2027, 6, 30);
            steps.add(new no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility(AGREEMENT_ID, VERSION, CLAUSE,
                    assignmentId(municipality), ResponsibilityTerms.of(SHORT_COURSES_FOR_NEWLY_DIAGNOSED,
                                    new PartyRef(PartyKind.MUNICIPALITY, municipality), ResponsibilityRole.RESPONSIBLE,
                                    List.of(municipality))
                            .withConditions("Eventuelt i interkommunalt samarbeid").withTransitionEndsOn(endsOn)));
        }
        steps.adoptSignAndPutIntoForce(LocalDate.of(2020, 5, 15), AdoptionForum.SAMHANDLINGSUTVALG, "SU-2020-06",
                LocalDate.of(2020, 6, 18), LocalDate.of(2020, 8, 20), IN_FORCE_FROM, DEVIATING_MUNICIPALITY,
                new Deviation(CLAUSE, "Etne kommune tar ikke over kursene før et interkommunalt tilbud i Sunnhordland er på plass."));
        ESTABLISHED.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> steps.add(
                new ConfirmOfferingEstablished(AGREEMENT_ID, VERSION, CLAUSE, assignmentId(e.getKey()), e.getValue())));
        return steps.commands();
    }
}
