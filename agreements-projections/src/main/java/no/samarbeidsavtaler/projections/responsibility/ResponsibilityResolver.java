package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.CitationRef;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Column;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Entry;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Row;

/**
 * Answers "who is responsible for what, where, on which date" from agreement views, in memory and
 * without I/O (the caller loads the views; see {@link ResponsibilityQueries}). Semantics:
 * <ul>
 *   <li>only versions in force on the date count ({@link InForceAgreements});</li>
 *   <li>a municipality is matched through its lineage ({@code PartyCatalogue.predecessorsAndSelf}), so
 *       an agreement recorded under 1228 Odda answers for 4618 Ullensvang;</li>
 *   <li>an assignment applies to its own municipalities, or all the agreement's when it lists none; a
 *       deviation adopted by the municipality for a clause removes that clause's assignments for it;</li>
 *   <li>matching and specificity as in {@link OfferingMatch}; the choice as in {@link Verdict}.</li>
 * </ul>
 */
public final class ResponsibilityResolver {

    private final PartyDirectory parties;
    private final Citations citations;
    private final MunicipalityResolver collector;

    public ResponsibilityResolver(PartyCatalogue catalogue) {
        this.parties = new PartyDirectory(catalogue);
        this.citations = new Citations(parties);
        this.collector = new MunicipalityResolver(citations);
    }

    /** @param views every agreement that may apply (extra ones are filtered out); {@code validOn} is required */
    public ResponsibilityAnswer resolve(FindResponsibility query, Collection<AgreementView> views) {
        LocalDate date = Objects.requireNonNull(query.validOn(), "validOn");
        Cell offering = OfferingMatch.normalised(query.offering());
        InForceAgreements inForce = InForceAgreements.on(date, views, query.healthTrust());
        List<MunicipalityResponsibility> answers = scope(query, views).stream()
                .map(m -> resolveFor(m, offering, inForce)).toList();
        return new ResponsibilityAnswer(offering, query.healthTrust(), date, answers);
    }

    /** The answer for one municipality (current or historic number) and one (normalised) offering. */
    public MunicipalityResponsibility resolveFor(String municipality, Cell offering, InForceAgreements inForce) {
        Set<String> lineage = parties.lineage(municipality);
        return Verdict.decide(municipality, lineage, collector.collect(lineage, offering, inForce), inForce, citations);
    }

    /** The municipalities asked about: the given ones, else the trust's region. */
    public List<String> scope(FindResponsibility query, Collection<AgreementView> views) {
        return query.municipalities().isEmpty() ? regionMunicipalities(query.healthTrust(), views)
                : List.copyOf(new LinkedHashSet<>(query.municipalities()));
    }

    /**
     * A trust's region: its catchment area (current numbers, reference-data order), then the current
     * successors of the municipalities its agreements name that are not in the catchment area.
     */
    public List<String> regionMunicipalities(String healthTrust, Collection<AgreementView> views) {
        Set<String> region = new LinkedHashSet<>(parties.catchmentArea(healthTrust));
        views.stream().filter(v -> healthTrust.equals(v.healthTrust()))
                .flatMap(v -> v.municipalities().stream())
                .flatMap(m -> parties.currentSuccessors(m).stream())
                .sorted().forEach(region::add);
        return List.copyOf(region);
    }

    /** Conditions named by assignments of the in-force versions (matrix and gap columns). */
    public static List<Condition> conditionsMentioned(InForceAgreements inForce) {
        return inForce.all().stream()
                .flatMap(f -> f.version().activeClauses().flatMap(c -> c.assignments().stream()))
                .map(a -> a.terms().cell() == null ? null : a.terms().cell().condition())
                .filter(Objects::nonNull).toList();
    }

    /**
     * Every municipality × column, as {@link #resolveFor} would answer each. The assignments that apply to a
     * municipality are collected once per row ({@link MunicipalityResolver#applicable}); a cell only matches
     * those against its column, instead of scanning every in-force assignment again.
     */
    public ResponsibilityMatrix matrix(String healthTrust, LocalDate date, Collection<AgreementView> views) {
        InForceAgreements inForce = InForceAgreements.on(date, views, healthTrust);
        List<Column> columns = StandardVocabulary.columns(conditionsMentioned(inForce));
        List<Row> rows = regionMunicipalities(healthTrust, views).stream().map(m -> {
            Set<String> lineage = parties.lineage(m);
            List<MunicipalityResolver.Candidate> applicable = collector.applicable(lineage, inForce);
            return new Row(m, parties.municipalityName(m), columns.stream().map(c -> entry(Verdict.decide(m, lineage,
                    collector.collect(applicable, c.cell()), inForce, citations))).toList());
        }).toList();
        return new ResponsibilityMatrix(healthTrust, parties.trustName(healthTrust), date, columns, rows);
    }

    /** Every number of the municipalities' lineages, in the order {@link AgreementViewLoader} reads them. */
    public Set<String> lineages(Collection<String> municipalities) {
        Set<String> lineages = new LinkedHashSet<>();
        municipalities.forEach(m -> lineages.addAll(parties.lineage(m)));
        return lineages;
    }

    /** The municipality and its predecessors' numbers (see {@code PartyCatalogue.predecessorsAndSelf}). */
    public Set<String> lineage(String municipality) {
        return parties.lineage(municipality);
    }

    public String partyName(PartyRef party) {
        return parties.name(party);
    }

    public String municipalityName(String number) {
        return parties.municipalityName(number);
    }

    public String trustName(String orgnr) {
        return parties.trustName(orgnr);
    }

    /** A matrix entry: the state, the parties holding (or claiming) the responsibility, short citations. */
    public static Entry entry(MunicipalityResponsibility answer) {
        List<PartyInRole> holders = answer.parties().stream()
                .filter(p -> p.role() == PartyRole.RESPONSIBLE || p.role() == PartyRole.TAKING_OVER
                        || p.role() == PartyRole.CONFLICTING).toList();
        List<PartyRef> named = holders.stream().map(PartyInRole::party).distinct().toList();
        List<CitationRef> refs = holders.stream().map(PartyInRole::citation)
                .flatMap(c -> Stream.of(new CitationRef(c.agreementId(), c.version(), c.clauseNumber(), c.assignmentId())))
                .distinct().toList();
        return new Entry(answer.state(), named, answer.lead(), refs);
    }
}
