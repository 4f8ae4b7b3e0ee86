package no.samarbeidsavtaler.api.demo;

import static no.samarbeidsavtaler.core.agreement.ResponsibilityRole.RESPONSIBLE;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.OrganisationNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;

/**
 * A made-up pair for Helse Stavanger HF: an overall agreement giving friskliv to the municipalities and
 * a later sub-agreement that (carelessly) gives the same offering to the trust. Both are in force, so
 * the matrix and the region report show a conflict between two agreements, which no single-agreement
 * rule can prevent.
 */
final class HelseStavanger2019 {

    static final String OVERALL_ID = "helse-stavanger-overordnet-2019";
    static final String SUB_AGREEMENT_ID = "helse-stavanger-delavtale-lms-2021";
    static final String HELSE_STAVANGER_HF = "983974678";
    private static final Cell FRISKLIV = Cell.of(OfferingCategory.PREVENTIVE_HEALTHY_LIFE);

    private HelseStavanger2019() {
    }

    static List<String> municipalities(PartyCatalogue parties) {
        return parties.catchmentArea(new OrganisationNumber(HELSE_STAVANGER_HF)).stream()
                .map(MunicipalityNumber::value).limit(5).toList();
    }

    static List<Object> overall(PartyCatalogue parties) {
        List<String> municipalities = municipalities(parties);
        DemoSteps s = new DemoSteps(OVERALL_ID, 1, HELSE_STAVANGER_HF, municipalities);
        s.add(new RegisterAgreement(OVERALL_ID, AgreementKind.OVERALL, null,
                "Overordnet samarbeidsavtale mellom Helse Stavanger HF og kommunene", HELSE_STAVANGER_HF, municipalities,
                null, IntStream.rangeClosed(1, 11).boxed().toList(), List.of()));
        s.clause("hs-5", "5", "Forebygging og friskliv", "Kommunene har ansvar for frisklivstilbud til sine innbyggere.");
        s.eachMunicipality("hs-5", "kommune", FRISKLIV, RESPONSIBLE, null);
        s.clause("hs-6", "6", "Barn og unge", "Lærings- og mestringstilbud til barn og unge med langvarige "
                + "helseutfordringer gis av Helse Stavanger.");
        s.trust("hs-6", "hf", Cell.general().withTargetGroup(TargetGroup.CHILDREN_AND_YOUTH), RESPONSIBLE, null);
        s.adoptSignAndPutIntoForce(LocalDate.of(2019, 1, 15), AdoptionForum.HELSEFELLESSKAP_STRATEGIC_COMMITTEE,
                "HF-2019-02", LocalDate.of(2019, 2, 14), LocalDate.of(2019, 2, 20), LocalDate.of(2019, 3, 1), null, null);
        return s.commands();
    }

    static List<Object> subAgreement(PartyCatalogue parties) {
        List<String> municipalities = municipalities(parties);
        DemoSteps s = new DemoSteps(SUB_AGREEMENT_ID, 1, HELSE_STAVANGER_HF, municipalities);
        s.add(new RegisterAgreement(SUB_AGREEMENT_ID, AgreementKind.SUB_AGREEMENT, "2",
                "Delavtale om lærings- og mestringstilbud", HELSE_STAVANGER_HF, municipalities, OVERALL_ID,
                List.of(2), List.of()));
        s.clause("hs2-1", "1", "Frisklivssentral ved sykehuset", "Helse Stavanger driver frisklivssentralen for hele "
                + "opptaksområdet.");
        s.trust("hs2-1", "hf", FRISKLIV, RESPONSIBLE, null);
        s.adoptSignAndPutIntoForce(LocalDate.of(2021, 4, 10), AdoptionForum.TRUST_BOARD, "STYRE-2021-17",
                LocalDate.of(2021, 5, 6), LocalDate.of(2021, 5, 10), LocalDate.of(2021, 6, 1), null, null);
        return s.commands();
    }
}
