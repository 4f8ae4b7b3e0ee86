package no.samarbeidsavtaler.api.demo;

import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import no.samarbeidsavtaler.core.party.PartyCatalogue;

/** The demo agreements, in the order they are recorded. */
public final class DemoAgreements {

    private DemoAgreements() {
    }

    static List<DemoAgreement> all(PartyCatalogue parties) {
        List<Object> helseFonna = new ArrayList<>(HelseFonna2016.commands());
        helseFonna.addAll(HelseFonnaRevision2020.commands());
        return List.of(
                new DemoAgreement(HelseFonna2016.AGREEMENT_ID, "Helse Fonna: LMS etter 2016, med revisjon 2020", helseFonna),
                new DemoAgreement(Ostfold2012.AGREEMENT_ID, "Østfold: de fire kategoriene (2012)",
                        Ostfold2012.commands(parties)),
                new DemoAgreement(HelseStavanger2019.OVERALL_ID, "Helse Stavanger: overordnet avtale",
                        HelseStavanger2019.overall(parties)),
                new DemoAgreement(HelseStavanger2019.SUB_AGREEMENT_ID, "Helse Stavanger: delavtale om LMS",
                        HelseStavanger2019.subAgreement(parties)));
    }

    /** The ids of the demo agreements, e.g. for tests and for telling demo data from real data. */
    public static List<String> ids(PartyCatalogue parties) {
        return all(parties).stream().map(DemoAgreement::agreementId).toList();
    }
}
