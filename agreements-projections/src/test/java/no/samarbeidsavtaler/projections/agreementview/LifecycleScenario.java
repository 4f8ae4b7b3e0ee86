package no.samarbeidsavtaler.projections.agreementview;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.commands.*;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * The Helse Fonna 2016 agreement living on, so that every event type occurs: a second version in which
 * Haugesund (1106) takes the newly-diagnosed courses over from the trust (a transition), with a
 * deviation, corrections and a confirmed municipal offering; a third version that is discarded; a review
 * date agreed and then re-agreed; and the termination.
 */
public final class LifecycleScenario {

    public static final String HAUGESUND = "1106";
    public static final PartyRef TRUST = new PartyRef(PartyKind.HEALTH_TRUST, HELSE_FONNA_HF);
    public static final String HAUGESUND_COURSES = clauseId("3") + "-" + HAUGESUND;
    public static final LocalDate V2_ADOPTED_ON = LocalDate.of(2017, 12, 1);
    public static final LocalDate V2_IN_FORCE_FROM = LocalDate.of(2018, 1, 1);
    public static final LocalDate V2_CORRECTED_IN_FORCE_FROM = LocalDate.of(2018, 1, 2);
    public static final LocalDate TRANSITION_ENDS_ON = LocalDate.of(2019, 12, 31);
    public static final LocalDate HAUGESUND_ESTABLISHED_ON = LocalDate.of(2019, 3, 1);
    public static final LocalDate FIRST_REVIEW_DUE_ON = LocalDate.of(2020, 9, 30);
    public static final LocalDate REVIEW_DUE_ON = LocalDate.of(2021, 6, 30);
    public static final LocalDate TERMINATED_ON = LocalDate.of(2024, 12, 31);

    private LifecycleScenario() {
    }

    /** Helse Fonna 2016 up to version 2 in force (no confirmation, no corrections yet). */
    public static List<Object> untilVersion2InForce() {
        List<Object> c = new ArrayList<>(HelseFonna2016.commands());
        c.add(new OpenDraftVersion(AGREEMENT_ID));
        List<String> others = MUNICIPALITIES.stream().filter(m -> !m.equals(HAUGESUND)).toList();
        c.add(new AmendResponsibility(AGREEMENT_ID, 2, clauseId("3"), clauseId("3") + "-hf",
                ResponsibilityTerms.of(SHORT_COURSES_FOR_NEWLY_DIAGNOSED, TRUST, ResponsibilityRole.RESPONSIBLE, others)));
        c.add(new AssignResponsibility(AGREEMENT_ID, 2, clauseId("3"), HAUGESUND_COURSES,
                ResponsibilityTerms.of(SHORT_COURSES_FOR_NEWLY_DIAGNOSED, new PartyRef(PartyKind.MUNICIPALITY, HAUGESUND),
                        ResponsibilityRole.RESPONSIBLE, List.of(HAUGESUND)).withTransitionEndsOn(TRANSITION_ENDS_ON)));
        c.add(new AmendClause(AGREEMENT_ID, 2, clauseId("7"), "7", "Tiltak som utfyller hverandre", "Revidert tekst."));
        c.add(new WithdrawClause(AGREEMENT_ID, 2, clauseId("5")));
        c.add(new WithdrawResponsibility(AGREEMENT_ID, 2, clauseId("1"), clauseId("1") + "-" + USER_ORGANISATIONS));
        c.add(new AddClause(AGREEMENT_ID, 2, clauseId("8"), "8", "Evaluering", "Avtalen evalueres årlig."));
        c.add(new MarkVersionNegotiated(AGREEMENT_ID, 2, LocalDate.of(2017, 11, 1)));
        for (PartyRef party : parties()) {
            boolean haugesund = party.id().equals(HAUGESUND);
            c.add(new RecordAdoption(AGREEMENT_ID, 2, party,
                    haugesund ? AdoptionForum.MUNICIPAL_COUNCIL : AdoptionForum.SAMHANDLINGSUTVALG,
                    haugesund ? "PS 17/98" : "SU-2017-12", V2_ADOPTED_ON,
                    haugesund ? List.of(new Deviation(clauseId("2"), "Haugesund driver blandede grupper interkommunalt"))
                            : List.of()));
        }
        for (PartyRef party : parties()) {
            c.add(new RecordSignature(AGREEMENT_ID, 2, party, "Signatar " + party.id(), LocalDate.of(2017, 12, 5)));
        }
        c.add(new PutVersionIntoForce(AGREEMENT_ID, 2, V2_IN_FORCE_FROM));
        return c;
    }

    /** Every remaining kind of fact: confirmation, corrections, a discarded draft, review dates, termination. */
    public static List<Object> all() {
        List<Object> c = untilVersion2InForce();
        c.add(new ConfirmOfferingEstablished(AGREEMENT_ID, 2, clauseId("3"), HAUGESUND_COURSES, HAUGESUND_ESTABLISHED_ON));
        c.add(new CorrectAdoption(AGREEMENT_ID, 2, new PartyRef(PartyKind.MUNICIPALITY, HAUGESUND), "PS 17/99",
                LocalDate.of(2017, 11, 30), "Feil saksnummer"));
        c.add(new CorrectSignature(AGREEMENT_ID, 2, TRUST, "Administrerende direktør", LocalDate.of(2017, 12, 6),
                "Feil signatar"));
        c.add(new CorrectEffectiveDate(AGREEMENT_ID, 2, V2_CORRECTED_IN_FORCE_FROM, "Feil dato"));
        c.add(new OpenDraftVersion(AGREEMENT_ID));
        c.add(new DiscardVersion(AGREEMENT_ID, 3, "Ikke enighet"));
        c.add(new AgreeReviewDate(AGREEMENT_ID, FIRST_REVIEW_DUE_ON));
        c.add(new AgreeReviewDate(AGREEMENT_ID, REVIEW_DUE_ON));
        c.add(new TerminateAgreement(AGREEMENT_ID, TERMINATED_ON, "Erstattet av helsefellesskapets avtale"));
        return c;
    }

    private static List<PartyRef> parties() {
        List<PartyRef> parties = new ArrayList<>(List.of(TRUST));
        MUNICIPALITIES.forEach(m -> parties.add(new PartyRef(PartyKind.MUNICIPALITY, m)));
        return parties;
    }
}
