package no.samarbeidsavtaler.api.demo;

import static no.samarbeidsavtaler.core.agreement.ResponsibilityRole.ADVISOR;
import static no.samarbeidsavtaler.core.agreement.ResponsibilityRole.CONTRIBUTOR;
import static no.samarbeidsavtaler.core.agreement.ResponsibilityRole.RESPONSIBLE;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;

/**
 * Sykehuset Østfold HF and six of its municipalities on the four categories of the 2010–2011 survey by
 * Klinisk utvalg for lærings- og mestringsarbeid (section 3.2) and its proposal of municipal LMS
 * (section 5.1). The recording as an agreement and its dates are illustrative. Kategori 4 has
 * contributors only ("fortsetter å være organisert som i dag"), so the region report shows its gaps.
 */
final class Ostfold2012 {

    static final String AGREEMENT_ID = "ostfold-lms-2012";
    static final String SYKEHUSET_OSTFOLD_HF = "983971768";
    static final Condition DIABETES_TYPE_2 = Condition.icd10("E11", "Diabetes mellitus type 2");

    private Ostfold2012() {
    }

    static List<String> municipalities(PartyCatalogue parties) {
        return parties.catchmentArea(new OrganisationNumber(SYKEHUSET_OSTFOLD_HF)).stream()
                .map(MunicipalityNumber::value).limit(6).toList();
    }

    static List<Object> commands(PartyCatalogue parties) {
        List<String> municipalities = municipalities(parties);
        DemoSteps s = new DemoSteps(AGREEMENT_ID, 1, SYKEHUSET_OSTFOLD_HF, municipalities);
        s.add(new RegisterAgreement(AGREEMENT_ID, AgreementKind.SUB_AGREEMENT, "LMS",
                "Samarbeid om lærings- og mestringstilbud i Østfold", SYKEHUSET_OSTFOLD_HF, municipalities, null,
                List.of(2, 10), List.of("ffo", "diabetesforbundet")));
        Cell category1 = Cell.of(OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(false);
        Cell category2 = Cell.of(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP).withDiagnosisSpecific(true);
        Cell diabetesFollowUp = category2.withCondition(DIABETES_TYPE_2).withPathwayPhase(PathwayPhase.FOLLOW_UP_OVER_TIME);
        Cell category3 = Cell.of(OfferingCategory.PREVENTIVE_HEALTHY_LIFE);
        Cell category4 = Cell.of(OfferingCategory.MEETING_PLACE_SELF_HELP);
        s.clause("os-1", "1", "Kategori 1: Ikke-diagnosespesifikke gruppetilbud", "Lavterskeltilbud uten krav om diagnose "
                + "eller henvisning, med vekt på å mestre livet med langvarig sykdom, gis av kommunene.");
        s.eachMunicipality("os-1", "kommune", category1, RESPONSIBLE, null);
        s.trust("os-1", "so", category1, ADVISOR, "Veiledning fra LMS ved Sykehuset Østfold");
        s.clause("os-2", "2", "Kategori 2: Diagnosespesifikke gruppetilbud", "Tilbud rettet mot konkrete diagnoser, "
                + "som krever henvisning fra lege, gis av Sykehuset Østfold.");
        s.trust("os-2", "so", category2, RESPONSIBLE, "Krever henvisning fra lege");
        s.clause("os-2-1", "2.1", "Diabetes type 2, oppfølging over tid", "Oppfølging over tid av personer med diabetes "
                + "type 2 gis i kommunene, i samarbeid med Diabetesforbundet.");
        s.eachMunicipality("os-2-1", "kommune", diabetesFollowUp, RESPONSIBLE, null);
        s.userOrganisation("os-2-1", "diabetesforbundet", diabetesFollowUp, CONTRIBUTOR);
        s.clause("os-3", "3", "Kategori 3: Forebyggende tilbud og friskliv", "Lavterskeltilbud for alle, ofte med "
                + "tilpasset fysisk aktivitet, gis av kommunene.");
        s.eachMunicipality("os-3", "kommune", category3, RESPONSIBLE, null);
        s.clause("os-4", "4", "Kategori 4: Møteplasser", "Nettverk og selvhjelpsgrupper i regi av brukerorganisasjonene "
                + "fortsetter å være organisert som i dag.");
        s.userOrganisation("os-4", "ffo", category4, CONTRIBUTOR);
        s.clause("os-5", "5", "Kommunale lærings- og mestringssentre", "Det etableres kommunale LMS; de store kommunene "
                + "hver sitt, de mindre i samarbeid. Samarbeidet med LMS ved Sykehuset Østfold formaliseres i avtale.");
        s.adoptSignAndPutIntoForce(LocalDate.of(2012, 2, 1), AdoptionForum.SAMHANDLINGSUTVALG, "ASU-2012-04",
                LocalDate.of(2012, 3, 15), LocalDate.of(2012, 3, 20), LocalDate.of(2012, 4, 1), null, null);
        return s.commands();
    }
}
