package no.samarbeidsavtaler.projections.regionreports;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.CellFinding;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.TransitionFinding;
import no.samarbeidsavtaler.projections.responsibility.InForceAgreements;
import no.samarbeidsavtaler.projections.responsibility.MunicipalityResponsibility;
import no.samarbeidsavtaler.projections.responsibility.PartyInRole;
import no.samarbeidsavtaler.projections.responsibility.PartyRole;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Column;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Entry;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolver;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityState;
import no.samarbeidsavtaler.projections.responsibility.StandardVocabulary;

/**
 * Builds a {@link RegionReport} in memory from a trust's agreement views (pure; no I/O, no clock).
 * Only the trust's own agreements in force on the date count. Gaps, conflicts and overlaps come from
 * resolving every vocabulary cell for every municipality of the region with {@link ResponsibilityResolver}.
 */
public final class RegionReporter {

    /**
     * Default age of a version in force after which an agreement with no agreed review date
     * (revisjonsdato) is reported as due for review.
     */
    public static final Period DEFAULT_REVIEW_INTERVAL = Period.ofYears(4);

    private final ResponsibilityResolver resolver;

    public RegionReporter(PartyCatalogue catalogue) {
        this.resolver = new ResponsibilityResolver(catalogue);
    }

    public RegionReport report(String healthTrust, LocalDate date, Period reviewInterval, Collection<AgreementView> views) {
        Period interval = reviewInterval == null ? DEFAULT_REVIEW_INTERVAL : reviewInterval;
        InForceAgreements inForce = InForceAgreements.on(date, views, healthTrust);
        List<Column> vocabulary = StandardVocabulary.columns(ResponsibilityResolver.conditionsMentioned(inForce));
        List<String> municipalities = resolver.regionMunicipalities(healthTrust, views);
        List<CellFinding> gaps = new ArrayList<>();
        List<CellFinding> conflicts = new ArrayList<>();
        List<CellFinding> overlaps = new ArrayList<>();
        List<RegionReport.StatutoryCoverage> coverage = new ArrayList<>();
        for (String municipality : municipalities) {
            for (Column column : vocabulary) {
                MunicipalityResponsibility answer = resolver.resolveFor(municipality, column.cell(), inForce);
                if (answer.state() == ResponsibilityState.GAP) {
                    gaps.add(finding(answer, column));
                } else if (answer.state() == ResponsibilityState.CONFLICT) {
                    conflicts.add(finding(answer, column));
                } else if (writtenTwice(answer)) {
                    overlaps.add(finding(answer, column));
                }
            }
            coverage.add(RegionChecks.coverage(municipality, resolver.municipalityName(municipality),
                    resolver.lineage(municipality), inForce));
        }
        Map<Boolean, List<TransitionFinding>> transitions = RegionChecks.transitions(inForce, resolver::partyName);
        return new RegionReport(healthTrust, resolver.trustName(healthTrust), date, municipalities, vocabulary,
                List.copyOf(gaps), List.copyOf(conflicts), List.copyOf(overlaps), transitions.get(false),
                transitions.get(true), List.copyOf(coverage), interval, RegionChecks.reviewsDue(inForce, interval));
    }

    /** The same responsible party cited by more than one assignment. */
    private static boolean writtenTwice(MunicipalityResponsibility answer) {
        List<PartyInRole> holders = answer.parties().stream().filter(p -> p.role() == PartyRole.RESPONSIBLE
                || p.role() == PartyRole.TAKING_OVER).toList();
        for (PartyRef party : holders.stream().map(PartyInRole::party).distinct().toList()) {
            long assignments = holders.stream().filter(p -> Objects.equals(p.party(), party))
                    .map(p -> p.citation().agreementId() + "/" + p.citation().assignmentId()).distinct().count();
            if (assignments > 1) {
                return true;
            }
        }
        return false;
    }

    private static CellFinding finding(MunicipalityResponsibility answer, Column column) {
        Entry entry = ResponsibilityResolver.entry(answer);
        return new CellFinding(answer.municipality(), answer.municipalityName(), column.key(), column.label(),
                answer.state(), entry.parties(), entry.citations());
    }
}
