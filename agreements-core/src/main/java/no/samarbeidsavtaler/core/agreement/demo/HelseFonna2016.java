package no.samarbeidsavtaler.core.agreement.demo;

import static no.samarbeidsavtaler.core.agreement.ResponsibilityRole.ADVISOR;
import static no.samarbeidsavtaler.core.agreement.ResponsibilityRole.CONTRIBUTOR;
import static no.samarbeidsavtaler.core.agreement.ResponsibilityRole.RESPONSIBLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.agreement.commands.*;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * "Hvordan kan lærings- og mestringstilbud organiseres i Helse Fonna etter 2016?" — the recommendations
 * of the LMS network, presented to Samhandlingsutvalget in September 2016, recorded as one agreement
 * between Helse Fonna HF and its 16 municipalities (2024 numbers): one clause per recommendation plus
 * the closing sentence. The report gives only the month; the exact dates below are illustrative.
 */
public final class HelseFonna2016 {

    public static final String AGREEMENT_ID = "helse-fonna-lms-2016";
    public static final String HELSE_FONNA_HF = "983974694";
    public static final List<String> MUNICIPALITIES = List.of("1106", "1134", "1135", "1145", "1146", "1149",
            "1151", "1160", "4611", "4612", "4613", "4614", "4615", "4616", "4617", "4618");
    /** FFO stands for the user organisations in the LMS network (recommendation 1). */
    public static final String USER_ORGANISATIONS = "ffo";
    public static final LocalDate NEGOTIATED_ON = LocalDate.of(2016, 8, 31);
    public static final LocalDate ADOPTED_ON = LocalDate.of(2016, 9, 29);
    public static final LocalDate SIGNED_ON = LocalDate.of(2016, 9, 30);
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2016, 10, 1);

    /** Kategori 2, nydiagnostiserte: "korte diagnosespesifikke kurs" (recommendation 3). */
    public static final Cell SHORT_COURSES_FOR_NEWLY_DIAGNOSED = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP)
            .withDiagnosisSpecific(true).withPathwayPhase(PathwayPhase.NEWLY_DIAGNOSED);
    public static final Cell MIXED_GROUPS = Cell.of(OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(false);
    public static final Cell FRISKLIV = Cell.of(OfferingCategory.PREVENTIVE_HEALTHY_LIFE);
    public static final Cell DIAGNOSIS_SPECIFIC_FOLLOW_UP = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP)
            .withDiagnosisSpecific(true).withPathwayPhase(PathwayPhase.FOLLOW_UP_OVER_TIME);
    public static final Cell CHILDREN_AND_YOUTH = Cell.general().withTargetGroup(TargetGroup.CHILDREN_AND_YOUTH);
    public static final Cell PARENTS = Cell.general().withTargetGroup(TargetGroup.PARENTS);

    private static final PartyRef TRUST = new PartyRef(PartyKind.HEALTH_TRUST, HELSE_FONNA_HF);

    private final List<Object> commands = new ArrayList<>();

    private HelseFonna2016() {
    }

    /** Every command, in order: register, clauses and assignments, negotiated, adopted, signed, in force. */
    public static List<Object> commands() {
        HelseFonna2016 b = new HelseFonna2016();
        b.commands.add(new RegisterAgreement(AGREEMENT_ID, AgreementKind.SUB_AGREEMENT, "2",
                "Lærings- og mestringstilbud i Helse Fonna etter 2016", HELSE_FONNA_HF, MUNICIPALITIES, null,
                List.of(2, 10), List.of(USER_ORGANISATIONS)));
        b.clause("1", "Fagnettverk for læring og mestring", "Det er fortsatt behov for samarbeid mellom "
                + "brukerorganisasjoner, kommune og foretak om LM-tilbud gjennom fagnettverk for læring og mestring.");
        b.assign("1", "hf", Cell.general(), TRUST, CONTRIBUTOR, List.of(), null);
        b.forEachMunicipality("1", Cell.general(), CONTRIBUTOR, null);
        b.assign("1", USER_ORGANISATIONS, Cell.general(), new PartyRef(PartyKind.USER_ORGANISATION, USER_ORGANISATIONS),
                CONTRIBUTOR, List.of(), null);
        b.clause("2", "Tilbudene gis i kommunene", "Tilrettelegging av strukturerte lærings- og mestringstilbud skal så "
                + "langt det er mulig, og innen rammen av faglig forsvarlighet, gis i kommunene.");
        b.forEachMunicipality("2", MIXED_GROUPS, RESPONSIBLE, null);
        b.assign("2", "hf", Cell.general(), TRUST, ADVISOR, List.of(), "Veiledningsplikt; faglig forsvarlighet");
        b.clause("3", "Korte diagnosespesifikke kurs for nydiagnostiserte", "Korte diagnosespesifikke kurs til personer "
                + "som er nydiagnostiserte og blir fulgt opp i spesialisthelsetjenesten er foretakets ansvar å drive.");
        b.assign("3", "hf", SHORT_COURSES_FOR_NEWLY_DIAGNOSED, TRUST, RESPONSIBLE, List.of(),
                "Pasienten følges opp i spesialisthelsetjenesten");
        b.clause("4", "Friskliv, læring og mestring i alle kommuner", "Alle kommuner (eventuelt i interkommunalt "
                + "samarbeid) tilbyr frisklivs-, lærings- og mestringstilbud til sine innbyggere enten som "
                + "diagnosespesifikke tilbud eller i blandet gruppe.");
        b.forEachMunicipality("4", FRISKLIV, RESPONSIBLE, "Eventuelt i interkommunalt samarbeid");
        b.forEachMunicipality("4", DIAGNOSIS_SPECIFIC_FOLLOW_UP, RESPONSIBLE, "Diagnosespesifikt eller i blandet gruppe");
        b.clause("5", "Overgang", "Etablerte tilbud i spesialisthelsetjenesten må ikke legges ned før kvalitativt gode "
                + "tilbud er etablert i kommunene.");
        b.clause("6", "Barn og unge", "Barn og unge som har langvarige helseutfordringer, og deres foreldre, trenger "
                + "lærings- og mestringstilbud. Dette krever et samarbeid mellom kommune og spesialisthelsetjenesten.");
        for (Cell cell : List.of(CHILDREN_AND_YOUTH, PARENTS)) {
            b.sharedWithTrustLeading("6", cell);
        }
        b.clause("7", "Tiltak som utfyller hverandre", "Helseforetak og kommune bør samarbeide om utvikling av lærings- og "
                + "mestringstilbud slik at tiltakene utfyller hverandre, samsvarer med hverandre og blir en naturlig del "
                + "av pasientforløpene.");
        b.assign("7", "hf", Cell.general(), TRUST, CONTRIBUTOR, List.of(), null);
        b.forEachMunicipality("7", Cell.general(), CONTRIBUTOR, null);
        b.adoptSignAndPutIntoForce();
        return List.copyOf(b.commands);
    }

    private void clause(String number, String title, String text) {
        commands.add(new AddClause(AGREEMENT_ID, 1, clauseId(number), number, title, text));
    }

    public static String clauseId(String number) {
        return "hf2016-" + number;
    }

    private void assign(String clause, String suffix, Cell cell, PartyRef party,
                        ResponsibilityRole role, List<String> municipalities,
                        String conditions) {
        String id = clauseId(clause) + "-" + suffix;
        commands.add(new AssignResponsibility(AGREEMENT_ID, 1, clauseId(clause), id,
                ResponsibilityTerms.of(cell, party, role, municipalities).withConditions(conditions)));
    }

    /** Each municipality for its own inhabitants. */
    private void forEachMunicipality(String clause, Cell cell, ResponsibilityRole role,
                                     String conditions) {
        String facet = cell.category() == null ? "all" : cell.category().name().toLowerCase().replace('_', '-')
                + (cell.pathwayPhase() == null ? "" : "-" + cell.pathwayPhase().name().toLowerCase().replace('_', '-'));
        for (String municipality : MUNICIPALITIES) {
            assign(clause, facet + "-" + municipality, cell, new PartyRef(PartyKind.MUNICIPALITY, municipality), role,
                    List.of(municipality), conditions);
        }
    }

    /** Both levels responsible, explicitly shared, Helse Fonna leading (recommendation 6). */
    private void sharedWithTrustLeading(String clause, Cell cell) {
        String group = cell.targetGroup().name().toLowerCase().replace('_', '-');
        commands.add(new AssignResponsibility(AGREEMENT_ID, 1, clauseId(clause), clauseId(clause) + "-" + group + "-hf",
                ResponsibilityTerms.of(cell, TRUST, RESPONSIBLE, List.of()).sharedWith(TRUST)));
        for (String municipality : MUNICIPALITIES) {
            commands.add(new AssignResponsibility(AGREEMENT_ID, 1, clauseId(clause),
                    clauseId(clause) + "-" + group + "-" + municipality,
                    ResponsibilityTerms.of(cell, new PartyRef(PartyKind.MUNICIPALITY, municipality), RESPONSIBLE,
                            List.of(municipality)).sharedWith(TRUST)));
        }
    }

    private void adoptSignAndPutIntoForce() {
        commands.add(new MarkVersionNegotiated(AGREEMENT_ID, 1, NEGOTIATED_ON));
        List<PartyRef> parties = new ArrayList<>(List.of(TRUST));
        MUNICIPALITIES.forEach(m -> parties.add(new PartyRef(PartyKind.MUNICIPALITY, m)));
        for (PartyRef party : parties) {
            commands.add(new RecordAdoption(AGREEMENT_ID, 1, party, AdoptionForum.SAMHANDLINGSUTVALG,
                    "SU-2016-09", ADOPTED_ON, List.of()));
        }
        for (PartyRef party : parties) {
            String signatory = party.equals(TRUST) ? "Administrerende direktør, Helse Fonna HF"
                    : "Kommunedirektør, kommune " + party.id();
            commands.add(new RecordSignature(AGREEMENT_ID, 1, party, signatory, SIGNED_ON));
        }
        commands.add(new PutVersionIntoForce(AGREEMENT_ID, 1, IN_FORCE_FROM));
    }
}
