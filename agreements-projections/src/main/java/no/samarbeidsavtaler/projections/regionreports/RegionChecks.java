package no.samarbeidsavtaler.projections.regionreports;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.PointCoverage;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.ReviewDue;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.StatutoryCoverage;
import no.samarbeidsavtaler.projections.regionreports.RegionReport.TransitionFinding;
import no.samarbeidsavtaler.projections.responsibility.InForceAgreements;
import no.samarbeidsavtaler.projections.responsibility.InForceAgreements.InForce;

/** The region checks that read the in-force agreements directly: transitions, § 6-2 coverage, reviews. */
final class RegionChecks {

    /** Points 12 and 13 of § 6-2 are required from this date on. */
    static final LocalDate POINTS_12_AND_13_REQUIRED_FROM = LocalDate.of(2023, 7, 1);

    private RegionChecks() {
    }

    /** Transitions not established by the date; overdue when their end date has passed (true) or not (false). */
    static Map<Boolean, List<TransitionFinding>> transitions(InForceAgreements inForce, Function<PartyRef, String> names) {
        LocalDate date = inForce.date();
        List<TransitionFinding> pending = new ArrayList<>();
        List<TransitionFinding> overdue = new ArrayList<>();
        for (InForce f : inForce.all()) {
            for (ClauseView clause : (Iterable<ClauseView>) f.version().activeClauses()::iterator) {
                for (AssignmentView a : clause.assignments()) {
                    boolean established = a.establishedOn() != null && !a.establishedOn().isAfter(date);
                    if (a.transitionFrom() == null || established) {
                        continue;
                    }
                    LocalDate endsOn = a.terms().transitionEndsOn();
                    TransitionFinding finding = new TransitionFinding(f.agreement().agreementId(), f.agreement().title(),
                            f.version().number(), clause.number(), a.assignmentId(), a.terms().cell(), a.transitionFrom(),
                            a.terms().party(), names.apply(a.terms().party()),
                            List.copyOf(a.coveredMunicipalities(f.agreement())), endsOn);
                    (endsOn != null && !endsOn.isAfter(date) ? overdue : pending).add(finding);
                }
            }
        }
        return Map.of(false, List.copyOf(pending), true, List.copyOf(overdue));
    }

    /**
     * For each municipality, the § 6-2 points covered by in-force agreements of any kind naming it (an
     * overall agreement may regulate a point itself), and the required points nobody covers: 1–11,
     * and 12–13 from {@link #POINTS_12_AND_13_REQUIRED_FROM}.
     */
    static StatutoryCoverage coverage(String municipality, String name, Set<String> lineage, InForceAgreements inForce) {
        Map<Integer, List<String>> byPoint = new TreeMap<>();
        for (InForce f : inForce.naming(lineage)) {
            for (Integer point : f.agreement().statutoryPoints()) {
                List<String> ids = byPoint.computeIfAbsent(point, p -> new ArrayList<>());
                if (!ids.contains(f.agreement().agreementId())) {
                    ids.add(f.agreement().agreementId());
                }
            }
        }
        int lastRequired = inForce.date().isBefore(POINTS_12_AND_13_REQUIRED_FROM) ? 11 : 13;
        List<Integer> missing = new ArrayList<>();
        for (int point = 1; point <= lastRequired; point++) {
            if (!byPoint.containsKey(point)) {
                missing.add(point);
            }
        }
        List<PointCoverage> covered = byPoint.entrySet().stream()
                .map(e -> new PointCoverage(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new StatutoryCoverage(municipality, name, covered, List.copyOf(missing));
    }

    /**
     * Agreements in force that are due for review on the report date. An agreed review date (revisjonsdato)
     * decides when there is one: due once it lies before the date, and never by age, since the parties
     * chose the date themselves. Without one, the age of the version in force is the fallback: due when
     * it entered into force at least {@code interval} before the date (a new version, or a corrected
     * effective date, restarts that clock).
     */
    static List<ReviewDue> reviewsDue(InForceAgreements inForce, Period interval) {
        List<ReviewDue> due = new ArrayList<>();
        for (InForce f : inForce.all()) {
            AgreementView a = f.agreement();
            boolean agreed = a.reviewDueOn() != null;
            LocalDate dueOn = agreed ? a.reviewDueOn() : f.version().effectiveFrom().plus(interval);
            boolean isDue = agreed ? dueOn.isBefore(inForce.date()) : !dueOn.isAfter(inForce.date());
            if (isDue) {
                due.add(new ReviewDue(a.agreementId(), a.title(), a.kind(), a.designation(), f.version().number(),
                        f.version().effectiveFrom(), dueOn, agreed ? ReviewBasis.AGREED_DATE : ReviewBasis.VERSION_AGE));
            }
        }
        due.sort(Comparator.comparing(ReviewDue::dueOn).thenComparing(ReviewDue::agreementId));
        return Collections.unmodifiableList(due);
    }
}
