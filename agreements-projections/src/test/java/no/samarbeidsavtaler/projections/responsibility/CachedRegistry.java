package no.samarbeidsavtaler.projections.responsibility;

import static no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolverTest.FRISKLIV;
import static no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolverTest.NEWLY;
import static no.samarbeidsavtaler.projections.responsibility.TestAgreement.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewStore;

/**
 * Helse Fonna agreements whose order differs between the trust's lookup document and the municipalities'
 * (answers list parties in view order, so a cache must rebuild the loader's order exactly):
 * <ul>
 *   <li>{@code moved} was registered under Helse Stavanger naming 1106 and later moved to Fonna, so it comes
 *       first in 1106's lookup and last in Fonna's; it and {@code fonna-b} both claim NEWLY in 1106 (CONFLICT);</li>
 *   <li>{@code ullensvang} (4618) was stored before {@code odda} (1228): a question about 4618 reads its
 *       lineage's lookups in ascending number order, odda first; both claim FRISKLIV (CONFLICT);</li>
 *   <li>4611 deviated from {@code fonna-b}'s clause 3; {@code special-b} is a special agreement under fonna-b.</li>
 * </ul>
 */
final class CachedRegistry {

    static final LocalDate START = LocalDate.of(2016, 10, 1);
    static final LocalDate DAY = LocalDate.of(2020, 6, 1);
    static final Instant AT = Instant.parse("2024-02-01T00:00:00Z");

    private CachedRegistry() {
    }

    static void record(AgreementViewStore store) {
        AgreementView moved = sub("moved", HELSE_STAVANGER, "1106").clause("3")
                .assign("3", "moved-1106", responsible(NEWLY, municipality("1106"))).inForceFrom(START).view();
        store.save(null, moved);
        store.save(null, sub("fonna-b", HELSE_FONNA, "1106", "4611").clause("3")
                .assign("3", "b-trust", responsible(NEWLY, FONNA))
                .assign("3", "b-friskliv", responsible(FRISKLIV, municipality("4611"), "4611"))
                .adoptedBy(municipality("4611"), AdoptionForum.MUNICIPAL_COUNCIL, "K-1", START.minusMonths(1),
                        new Deviation(clauseId("fonna-b", "3"), "Kommunen gir kurset selv"))
                .inForceFrom(START).view());
        store.save(null, sub("ullensvang", HELSE_FONNA, "4618").clause("4")
                .assign("4", "u-friskliv", responsible(FRISKLIV, municipality("4618"))).inForceFrom(START).view());
        store.save(null, sub("odda", HELSE_FONNA, "1228").clause("4")
                .assign("4", "o-friskliv", responsible(FRISKLIV, FONNA)).inForceFrom(START).view());
        store.save(null, of("special-b", AgreementKind.SPECIAL, HELSE_FONNA, "fonna-b", List.of(), "1106").clause("1")
                .assign("1", "s-trust", responsible(NEWLY, FONNA)).inForceFrom(START).view());
        new AgreementViewProjection(store).apply(new AgreementRegistered("moved", AgreementKind.SUB_AGREEMENT, "1",
                "Avtale moved", HELSE_FONNA, List.of("1106"), null, List.of(), List.of()), moved.version() + 1, AT);
    }

    /** The uncached answers, as every question was answered before the cache: loader then resolver. */
    static ResponsibilityAnswer uncached(AgreementViewStore store, ResponsibilityResolver resolver, FindResponsibility q) {
        return resolver.resolve(q, new AgreementViewLoader(store, catalogue()).load(q.healthTrust(), q.municipalities()));
    }

    static ResponsibilityMatrix uncachedMatrix(AgreementViewStore store, ResponsibilityResolver resolver, LocalDate day) {
        return resolver.matrix(HELSE_FONNA, day, new AgreementViewLoader(store, catalogue()).load(HELSE_FONNA, List.of()));
    }

    static no.samarbeidsavtaler.core.party.CsvPartyCatalogue catalogue() {
        return no.samarbeidsavtaler.core.party.CsvPartyCatalogue.fromClasspath();
    }
}
