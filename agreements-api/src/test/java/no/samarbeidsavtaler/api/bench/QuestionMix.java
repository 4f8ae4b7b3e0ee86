package no.samarbeidsavtaler.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;

/** Single-cell responsibility questions: a random trust, one municipality of its catchment area, one offering cell. */
final class QuestionMix {

    private static final String[][] CELLS = {
            {"DIAGNOSIS_SPECIFIC_GROUP", "NEWLY_DIAGNOSED"}, {"DIAGNOSIS_SPECIFIC_GROUP", "FOLLOW_UP_OVER_TIME"},
            {"NON_DIAGNOSIS_SPECIFIC_GROUP", "PREVENTION"}, {"PREVENTIVE_HEALTHY_LIFE", null}, {"MEETING_PLACE_SELF_HELP", null}};

    private QuestionMix() {
    }

    /** 500 questions as {trust, municipality, category, phase-or-null}, reproducible from {@code seed}. */
    static List<String[]> cells(PartyCatalogue parties, long seed) {
        Random random = new Random(seed);
        List<HealthTrust> trusts = parties.healthTrusts().stream()
                .filter(t -> !parties.catchmentArea(t.organisationNumber()).isEmpty()).toList();
        List<String[]> questions = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            HealthTrust trust = trusts.get(random.nextInt(trusts.size()));
            List<MunicipalityNumber> area = parties.catchmentArea(trust.organisationNumber());
            String[] cell = CELLS[random.nextInt(CELLS.length)];
            questions.add(new String[]{trust.organisationNumber().value(), area.get(random.nextInt(area.size())).value(),
                    cell[0], cell[1]});
        }
        return questions;
    }

    static String path(String[] q) {
        return "/api/responsibility?healthTrust=" + q[0] + "&municipality=" + q[1] + "&category=" + q[2]
                + (q[3] == null ? "" : "&phase=" + q[3]) + "&validOn=2024-01-01";
    }
}
