package no.samarbeidsavtaler.api.bench;

import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.MunicipalityNumber;
import no.samarbeidsavtaler.core.party.PartyCatalogue;

/**
 * The synthetic national registry: per round and health trust one overall agreement with the whole catchment
 * area, and one sub-agreement per slice of {@value #SLICE} municipalities, so every one of the 357 municipalities
 * is party to agreements of its trust(s). Round r of ×N adds the same shape again (older or parallel agreements).
 */
final class NationalRegistry {

    static final int SLICE = 6;

    private NationalRegistry() {
    }

    /** The agreements of rounds {@code from} (inclusive) to {@code to} (exclusive). */
    static List<AgreementScript> rounds(PartyCatalogue parties, int from, int to) {
        List<AgreementScript> scripts = new ArrayList<>();
        for (int round = from; round < to; round++) {
            // -Dbench.trusts=N limits the registry to the first N trusts (quick trial runs only).
            for (HealthTrust trust : parties.healthTrusts().stream().limit(Integer.getInteger("bench.trusts", 99)).toList()) {
                String orgnr = trust.organisationNumber().value();
                List<String> catchment = parties.catchmentArea(trust.organisationNumber()).stream()
                        .map(MunicipalityNumber::value).toList();
                if (catchment.isEmpty()) {
                    continue;
                }
                int serial = round * 100;
                scripts.add(AgreementScript.of(orgnr, catchment, true, serial, round % 2 == 0));
                for (int i = 0; i < catchment.size(); i += SLICE) {
                    serial++;
                    List<String> slice = catchment.subList(i, Math.min(catchment.size(), i + SLICE));
                    scripts.add(AgreementScript.of(orgnr, slice, false, serial, serial % 3 == 0));
                }
            }
        }
        return scripts;
    }
}
