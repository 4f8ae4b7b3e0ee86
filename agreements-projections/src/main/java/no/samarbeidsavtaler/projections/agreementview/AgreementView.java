package no.samarbeidsavtaler.projections.agreementview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.VersionStatus;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * Everything recorded about one agreement, as {@link AgreementViewFolder} builds it from the events.
 * Immutable and JSON-friendly (stored as is in {@code agreement_views}); helper methods have no
 * getter prefix so they are never serialised.
 *
 * @param terminatedOn    first day the agreement no longer applies (exclusive, like {@code supersededOn})
 * @param reviewDueOn     the agreed review date (revisjonsdato), latest agreed wins; {@code null} when none
 * @param versions        by number: {@code versions.get(n - 1).number() == n}
 * @param version         sequence number of the last event applied (the aggregate version)
 * @param lastChangedAt   when the last applied event was recorded
 */
public record AgreementView(String agreementId,
                            AgreementKind kind,
                            String designation,
                            String title,
                            String healthTrust,
                            List<String> municipalities,
                            String parentAgreementId,
                            List<Integer> statutoryPoints,
                            List<String> contributors,
                            LocalDate terminatedOn,
                            String terminationReason,
                            LocalDate reviewDueOn,
                            List<VersionView> versions,
                            long version,
                            Instant registeredAt,
                            Instant lastChangedAt) {

    public Optional<VersionView> versionNumbered(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /** True when the agreement has not been terminated by that date. */
    public boolean activeOn(LocalDate date) {
        return terminatedOn == null || date.isBefore(terminatedOn);
    }

    /** The version in force on a date (valid time), if any; none once the agreement is terminated. */
    public Optional<VersionView> versionInForceOn(LocalDate date) {
        return activeOn(date) ? versions.stream().filter(v -> v.inForceOn(date)).findFirst() : Optional.empty();
    }

    /**
     * One numbered version. {@code discardReason}/{@code discardedAt} are set when it was abandoned
     * (the event carries no valid-time date, so {@code discardedAt} is the recording time).
     */
    public record VersionView(int number,
                              Integer basedOn,
                              VersionStatus status,
                              LocalDate negotiatedOn,
                              LocalDate effectiveFrom,
                              LocalDate supersededOn,
                              Integer supersededBy,
                              String discardReason,
                              Instant discardedAt,
                              List<ClauseView> clauses,
                              List<AdoptionView> adoptions,
                              List<SignatureView> signatures) {

        /** effectiveFrom ≤ date &lt; supersededOn; a discarded or never-enforced version is never in force. */
        public boolean inForceOn(LocalDate date) {
            return (status == VersionStatus.IN_FORCE || status == VersionStatus.SUPERSEDED)
                    && effectiveFrom != null && !date.isBefore(effectiveFrom)
                    && (supersededOn == null || date.isBefore(supersededOn));
        }

        public Stream<ClauseView> activeClauses() {
            return clauses.stream().filter(c -> !c.withdrawn());
        }

        public Optional<ClauseView> clause(String clauseId) {
            return clauses.stream().filter(c -> c.clauseId().equals(clauseId)).findFirst();
        }

        public Optional<AdoptionView> adoptionBy(String partyId) {
            return adoptions.stream().filter(a -> a.party().id().equals(partyId)).findFirst();
        }

        public Optional<SignatureView> signatureBy(String partyId) {
            return signatures.stream().filter(s -> s.party().id().equals(partyId)).findFirst();
        }
    }

    /** A clause of one version; a withdrawn clause is kept (its id is never reused) without assignments. */
    public record ClauseView(String clauseId,
                             String number,
                             String title,
                             String text,
                             int revision,
                             boolean withdrawn,
                             List<AssignmentView> assignments) {
    }

    /**
     * A responsibility assignment.
     *
     * @param transitionFrom health trust (orgnr) that stays responsible while the municipal offering is
     *                       being established; {@code null} when the assignment is no transition
     * @param establishedOn  when the municipal offering was confirmed established
     */
    public record AssignmentView(String assignmentId,
                                 ResponsibilityTerms terms,
                                 String transitionFrom,
                                 LocalDate establishedOn) {

        /** As the aggregate sees it: a transition not yet confirmed (its end date is the reader's business). */
        public boolean inTransition() {
            return transitionFrom != null && establishedOn == null;
        }

        public boolean responsible() {
            return terms.role() == ResponsibilityRole.RESPONSIBLE;
        }

        /** Its own municipalities, or every municipality of the agreement when it lists none. */
        public List<String> coveredMunicipalities(AgreementView agreement) {
            List<String> own = terms.municipalitiesOrEmpty();
            return own.isEmpty() ? agreement.municipalities() : own;
        }
    }

    /** One party's decision (vedtak) adopting a version, as last corrected. */
    public record AdoptionView(PartyRef party,
                               AdoptionForum forum,
                               String caseNumber,
                               LocalDate decidedOn,
                               List<Deviation> deviations) {
    }

    /** One party's signature on a version, as last corrected. */
    public record SignatureView(PartyRef party, String signatory, LocalDate signedOn) {
    }
}
