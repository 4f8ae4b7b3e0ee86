package no.samarbeidsavtaler.core.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One numbered version of an agreement. Immutable: the aggregate's event sourcing handlers replace
 * it, which keeps replay deterministic and lets Axon's fixture compare state by value.
 *
 * @param adoptions  by party id (orgnr or kommunenummer); partial adoption is visible here
 * @param signatures by party id
 */
public record AgreementVersion(int number, Integer basedOn, VersionStatus status, LocalDate negotiatedOn,
                               LocalDate effectiveFrom, LocalDate supersededOn, Integer supersededBy,
                               List<Clause> clauses, Map<String, Adoption> adoptions,
                               Map<String, Signature> signatures) {

    static AgreementVersion draft(int number, Integer basedOn, List<Clause> clauses) {
        return new AgreementVersion(number, basedOn, VersionStatus.DRAFT, null, null, null, null,
                List.copyOf(clauses), Map.of(), Map.of());
    }

    public Optional<Clause> clause(String clauseId) {
        return clauses.stream().filter(c -> c.clauseId().equals(clauseId)).findFirst();
    }

    public Optional<Clause> activeClause(String clauseId) {
        return clause(clauseId).filter(c -> !c.withdrawn());
    }

    public Stream<Clause> activeClauses() {
        return clauses.stream().filter(c -> !c.withdrawn());
    }

    public Stream<Assignment> assignments() {
        return activeClauses().flatMap(c -> c.assignments().stream());
    }

    /** The clauses a new draft starts from: active ones, with finished transitions cleared. */
    List<Clause> clausesForNextDraft() {
        return activeClauses().map(c -> c.mapAssignments(Assignment::carriedForward)).toList();
    }

    AgreementVersion withClause(Clause clause) {
        List<Clause> next = new ArrayList<>(clauses);
        int at = next.indexOf(clause(clause.clauseId()).orElse(null));
        if (at < 0) {
            next.add(clause);
        } else {
            next.set(at, clause);
        }
        return new AgreementVersion(number, basedOn, status, negotiatedOn, effectiveFrom, supersededOn,
                supersededBy, List.copyOf(next), adoptions, signatures);
    }

    AgreementVersion changeClause(String clauseId, UnaryOperator<Clause> change) {
        return withClause(change.apply(clause(clauseId).orElseThrow()));
    }

    AgreementVersion mapAssignments(UnaryOperator<Assignment> change) {
        return new AgreementVersion(number, basedOn, status, negotiatedOn, effectiveFrom, supersededOn,
                supersededBy, clauses.stream().map(c -> c.mapAssignments(change)).toList(), adoptions, signatures);
    }

    AgreementVersion negotiated(LocalDate on) {
        return new AgreementVersion(number, basedOn, VersionStatus.NEGOTIATED, on, effectiveFrom, supersededOn,
                supersededBy, clauses, adoptions, signatures);
    }

    AgreementVersion withAdoption(String partyId, Adoption adoption) {
        Map<String, Adoption> next = new LinkedHashMap<>(adoptions);
        next.put(partyId, adoption);
        return new AgreementVersion(number, basedOn, status, negotiatedOn, effectiveFrom, supersededOn,
                supersededBy, clauses, next, signatures);
    }

    AgreementVersion withSignature(String partyId, Signature signature) {
        Map<String, Signature> next = new LinkedHashMap<>(signatures);
        next.put(partyId, signature);
        return new AgreementVersion(number, basedOn, status, negotiatedOn, effectiveFrom, supersededOn,
                supersededBy, clauses, adoptions, next);
    }

    AgreementVersion inForceFrom(LocalDate date) {
        return new AgreementVersion(number, basedOn, VersionStatus.IN_FORCE, negotiatedOn, date, supersededOn,
                supersededBy, clauses, adoptions, signatures);
    }

    AgreementVersion withEffectiveFrom(LocalDate date) {
        return new AgreementVersion(number, basedOn, status, negotiatedOn, date, supersededOn,
                supersededBy, clauses, adoptions, signatures);
    }

    AgreementVersion supersededBy(int successor, LocalDate on) {
        return new AgreementVersion(number, basedOn, VersionStatus.SUPERSEDED, negotiatedOn, effectiveFrom, on,
                successor, clauses, adoptions, signatures);
    }

    AgreementVersion discarded() {
        return new AgreementVersion(number, basedOn, VersionStatus.DISCARDED, negotiatedOn, effectiveFrom,
                supersededOn, supersededBy, clauses, adoptions, signatures);
    }
}
