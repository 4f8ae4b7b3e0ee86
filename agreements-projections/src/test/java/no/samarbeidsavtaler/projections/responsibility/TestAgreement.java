package no.samarbeidsavtaler.projections.responsibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.Deviation;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.events.*;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewFolder;

/**
 * Hand-built agreements for resolver tests: writes the events directly (bypassing the aggregate's
 * rules, so situations the aggregate forbids inside one agreement can be built across agreements)
 * and folds them into a view.
 */
public final class TestAgreement {

    public static final String HELSE_FONNA = "983974694";
    public static final String HELSE_STAVANGER = "983974678";
    public static final PartyRef FONNA = trust(HELSE_FONNA);

    private final String id;
    private final String healthTrust;
    private final List<String> municipalities;
    private final List<Object> events = new ArrayList<>();
    private final Set<String> adopted = new LinkedHashSet<>();
    private int version = 1;
    private Integer inForce;

    private TestAgreement(String id, AgreementKind kind, String healthTrust, String parent, List<Integer> points,
                          List<String> municipalities) {
        this.id = id;
        this.healthTrust = healthTrust;
        this.municipalities = municipalities;
        events.add(new AgreementRegistered(id, kind, "1", "Avtale " + id, healthTrust, municipalities, parent, points,
                List.of()));
        events.add(new DraftVersionOpened(id, 1, null));
    }

    public static TestAgreement sub(String id, String healthTrust, String... municipalities) {
        return new TestAgreement(id, AgreementKind.SUB_AGREEMENT, healthTrust, null, List.of(), List.of(municipalities));
    }

    public static TestAgreement of(String id, AgreementKind kind, String healthTrust, String parent, List<Integer> points,
                                   String... municipalities) {
        return new TestAgreement(id, kind, healthTrust, parent, points, List.of(municipalities));
    }

    public static PartyRef trust(String orgnr) {
        return new PartyRef(PartyKind.HEALTH_TRUST, orgnr);
    }

    public static PartyRef municipality(String number) {
        return new PartyRef(PartyKind.MUNICIPALITY, number);
    }

    public static ResponsibilityTerms responsible(Cell cell, PartyRef party, String... municipalities) {
        return ResponsibilityTerms.of(cell, party, ResponsibilityRole.RESPONSIBLE, List.of(municipalities));
    }

    public static String clauseId(String agreementId, String number) {
        return agreementId + "-" + number;
    }

    public TestAgreement clause(String number) {
        events.add(new ClauseAdded(id, version, clauseId(id, number), number, "Punkt " + number, "Tekst " + number));
        return this;
    }

    public TestAgreement assign(String clause, String assignmentId, ResponsibilityTerms terms) {
        return assign(clause, assignmentId, terms, null);
    }

    public TestAgreement assign(String clause, String assignmentId, ResponsibilityTerms terms, String transitionFrom) {
        events.add(new ResponsibilityAssigned(id, version, clauseId(id, clause), assignmentId, terms, transitionFrom));
        return this;
    }

    public TestAgreement withdraw(String clause, String assignmentId) {
        events.add(new ResponsibilityWithdrawn(id, version, clauseId(id, clause), assignmentId));
        return this;
    }

    public TestAgreement adoptedBy(PartyRef party, AdoptionForum forum, String caseNumber, LocalDate on,
                                   Deviation... deviations) {
        events.add(new VersionAdopted(id, version, party, forum, caseNumber, on, List.of(deviations)));
        adopted.add(party.id());
        return this;
    }

    /** Negotiated, adopted by every party that has not adopted yet (Samhandlingsutvalget), in force. */
    public TestAgreement inForceFrom(LocalDate from) {
        events.add(new VersionNegotiated(id, version, from.minusMonths(2)));
        List<PartyRef> parties = new ArrayList<>(List.of(trust(healthTrust)));
        municipalities.forEach(m -> parties.add(municipality(m)));
        parties.stream().filter(p -> !adopted.contains(p.id())).forEach(p -> events.add(new VersionAdopted(id, version,
                p, AdoptionForum.SAMHANDLINGSUTVALG, "SU-" + id + "-" + version, from.minusMonths(1), List.of())));
        if (inForce != null) {
            events.add(new VersionSuperseded(id, inForce, version, from));
        }
        events.add(new VersionEnteredIntoForce(id, version, from));
        inForce = version;
        return this;
    }

    /** Opens the next version as a copy of the one in force. */
    public TestAgreement nextVersion() {
        version++;
        adopted.clear();
        events.add(new DraftVersionOpened(id, version, inForce));
        return this;
    }

    public TestAgreement confirmed(String clause, String assignmentId, LocalDate establishedOn) {
        events.add(new OfferingEstablishmentConfirmed(id, version, clauseId(id, clause), assignmentId, establishedOn));
        return this;
    }

    public TestAgreement reviewDueOn(LocalDate on) {
        events.add(new ReviewDateAgreed(id, on));
        return this;
    }

    public TestAgreement terminated(LocalDate on) {
        events.add(new AgreementTerminated(id, on, "Sagt opp"));
        return this;
    }

    public AgreementView view() {
        return AgreementViewFolder.foldAll(events, Instant.parse("2024-01-01T00:00:00Z"));
    }
}
