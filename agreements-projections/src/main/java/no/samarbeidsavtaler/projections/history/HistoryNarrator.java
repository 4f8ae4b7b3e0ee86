package no.samarbeidsavtaler.projections.history;

import static no.samarbeidsavtaler.projections.history.Wording.date;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samarbeidsavtaler.core.agreement.ResponsibilityTerms;
import no.samarbeidsavtaler.core.agreement.events.*;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * Tells one agreement's events, in order, as bokmål sentences. It remembers what earlier events said
 * (clause numbers and titles, who an assignment was for, recorded adoptions, signatures and effective
 * dates), so a withdrawal names the clause and a correction says what it corrected.
 */
final class HistoryNarrator {

    private interface Step<E> {
        String tell(HistoryNarrator n, E event, String actor);
    }

    private static final Map<Class<?>, Step<Object>> STEPS = new LinkedHashMap<>();

    static {
        on(AgreementRegistered.class, (n, e, actor) -> actor + " registrerte " + Wording.kind(e.kind(), e.designation())
                + " «" + e.title() + "» mellom " + n.words.trust(e.healthTrust()) + " og "
                + (e.municipalities().size() == 1 ? n.words.municipality(e.municipalities().get(0)) + " kommune"
                : e.municipalities().size() + " kommuner"));
        on(DraftVersionOpened.class, (n, e, actor) -> actor + " opprettet utkast til versjon " + e.version()
                + (e.basedOnVersion() == null ? "" : " basert på versjon " + e.basedOnVersion()));
        on(ClauseAdded.class, (n, e, actor) -> actor + " la til punkt " + n.clause(e.clauseId(), e.number(), e.title())
                + " i versjon " + e.version());
        on(ClauseAmended.class, (n, e, actor) -> {
            String before = n.clauses.get(e.clauseId());
            String after = n.clause(e.clauseId(), e.number(), e.title());
            return actor + " endret punkt " + after + " i versjon " + e.version()
                    + (before == null || before.equals(after) ? "" : " (var " + before + ")");
        });
        on(ClauseWithdrawn.class, (n, e, actor) -> actor + " tok ut punkt " + n.clauseLabel(e.clauseId())
                + " fra versjon " + e.version());
        on(ResponsibilityAssigned.class, (n, e, actor) -> actor + " ga " + n.assignment(e.assignmentId(), e.assignment())
                + " i punkt " + n.clauseNumber(e.clauseId()) + ", versjon " + e.version()
                + n.conditions(e.assignment(), e.transitionFrom()));
        on(ResponsibilityAmended.class, (n, e, actor) -> actor + " endret ansvarsfordelingen i punkt "
                + n.clauseNumber(e.clauseId()) + ", versjon " + e.version() + ": nå har "
                + n.assignment(e.assignmentId(), e.assignment()) + n.conditions(e.assignment(), e.transitionFrom()));
        on(ResponsibilityWithdrawn.class, (n, e, actor) -> actor + " fjernet ansvarsfordelingen der "
                + n.assignments.getOrDefault(e.assignmentId(), e.assignmentId()) + " fra punkt "
                + n.clauseNumber(e.clauseId()) + ", versjon " + e.version());
        on(VersionNegotiated.class, (n, e, actor) -> actor + " registrerte at versjon " + e.version()
                + " ble ferdigforhandlet " + date(e.negotiatedOn()) + " og sendt til vedtak");
        on(VersionAdopted.class, (n, e, actor) -> {
            n.adoptions.put(n.key(e.version(), e.party()), new Fact(e.caseNumber(), e.decidedOn()));
            String deviations = e.deviations() == null || e.deviations().isEmpty() ? ""
                    : ", med avvik for " + String.join(" og ", e.deviations().stream()
                    .map(d -> "punkt " + n.clauseNumber(d.clauseId()) + " («" + d.text() + "»)").toList());
            return n.words.party(e.party()) + " vedtok versjon " + e.version() + " i " + Wording.forum(e.forum())
                    + " (sak " + e.caseNumber() + ", " + date(e.decidedOn()) + ")" + deviations;
        });
        on(VersionSigned.class, (n, e, actor) -> {
            n.signatures.put(n.key(e.version(), e.party()), new Fact(e.signatory(), e.signedOn()));
            return n.words.party(e.party()) + " signerte versjon " + e.version() + " " + date(e.signedOn())
                    + " (" + e.signatory() + ")";
        });
        on(VersionEnteredIntoForce.class, (n, e, actor) -> {
            n.effectiveFrom.put(e.version(), e.effectiveFrom());
            return "Versjon " + e.version() + " trådte i kraft " + date(e.effectiveFrom());
        });
        on(VersionSuperseded.class, (n, e, actor) -> "Versjon " + e.version() + " ble avløst av versjon "
                + e.supersededBy() + " fra " + date(e.supersededOn()));
        on(OfferingEstablishmentConfirmed.class, (n, e, actor) -> actor + " bekreftet at tilbudet der "
                + n.assignments.getOrDefault(e.assignmentId(), e.assignmentId()) + " (punkt " + n.clauseNumber(e.clauseId())
                + ", versjon " + e.version() + ") er etablert fra " + date(e.establishedOn())
                + "; helseforetakets overgangsansvar opphører");
        on(AdoptionCorrected.class, (n, e, actor) -> "Rettelse: " + n.corrected(n.adoptions, e.version(), e.party(),
                "vedtaket", "saksnummer", "vedtaksdato", new Fact(e.caseNumber(), e.decidedOn())) + "." + Wording.reason(e.reason()));
        on(SignatureCorrected.class, (n, e, actor) -> "Rettelse: " + n.corrected(n.signatures, e.version(), e.party(),
                "signaturen", "signatar", "signeringsdato", new Fact(e.signatory(), e.signedOn())) + "." + Wording.reason(e.reason()));
        on(EffectiveDateCorrected.class, (n, e, actor) -> {
            LocalDate before = n.effectiveFrom.put(e.version(), e.effectiveFrom());
            return "Rettelse: ikrafttredelsesdato for versjon " + e.version() + " endret "
                    + (before == null ? "" : "fra " + date(before) + " ") + "til " + date(e.effectiveFrom()) + "."
                    + Wording.reason(e.reason());
        });
        on(VersionDiscarded.class, (n, e, actor) -> actor + " forkastet versjon " + e.version() + "."
                + Wording.reason(e.reason()));
        on(AgreementTerminated.class, (n, e, actor) -> actor + " registrerte at avtalen er sagt opp fra "
                + date(e.terminatedOn()) + "." + Wording.reason(e.reason()));
        on(ReviewDateAgreed.class, (n, e, actor) -> {
            LocalDate before = n.reviewDueOn;
            n.reviewDueOn = e.reviewDueOn();
            return actor + " registrerte at partene har avtalt revisjon av avtalen innen " + date(e.reviewDueOn())
                    + (before == null || before.equals(e.reviewDueOn()) ? "" : " (tidligere avtalt " + date(before) + ")");
        });
    }

    private record Fact(String text, LocalDate date) {
    }

    private final Wording words;
    private final Map<String, String> clauses = new HashMap<>();
    private final Map<String, String> clauseNumbers = new HashMap<>();
    private final Map<String, String> assignments = new HashMap<>();
    private final Map<String, Fact> adoptions = new HashMap<>();
    private final Map<String, Fact> signatures = new HashMap<>();
    private final Map<Integer, LocalDate> effectiveFrom = new HashMap<>();
    private LocalDate reviewDueOn;

    HistoryNarrator(Wording words) {
        this.words = words;
    }

    /** Every event type with a sentence of its own (a test compares it with the events package). */
    static Set<Class<?>> describedTypes() {
        return Set.copyOf(STEPS.keySet());
    }

    /** The sentence for the next event of the agreement; unknown payloads get a neutral one. */
    String tell(Object payload, String actor) {
        Step<Object> step = payload == null ? null : STEPS.get(payload.getClass());
        if (step == null) {
            return actor + " registrerte hendelsen " + (payload == null ? "(tom)" : payload.getClass().getSimpleName());
        }
        return step.tell(this, payload, actor);
    }

    private String clause(String clauseId, String number, String title) {
        clauseNumbers.put(clauseId, number);
        String label = number + " «" + title + "»";
        clauses.put(clauseId, label);
        return label;
    }

    private String clauseLabel(String clauseId) {
        return clauses.getOrDefault(clauseId, clauseId);
    }

    private String clauseNumber(String clauseId) {
        return clauseNumbers.getOrDefault(clauseId, clauseId);
    }

    /** "Bømlo kommune ansvar for frisklivstilbud", remembered for later withdrawals and confirmations. */
    private String assignment(String assignmentId, ResponsibilityTerms terms) {
        String who = words.party(terms.party());
        String what = Wording.role(terms.role()) + " for " + CellPhrases.describe(terms.cell());
        List<String> municipalities = terms.municipalitiesOrEmpty();
        boolean own = terms.party() != null && municipalities.equals(List.of(terms.party().id()));
        String where = municipalities.isEmpty() || own ? "" : " for innbyggere i " + words.municipalities(municipalities);
        assignments.put(assignmentId, who + " har " + what + where);
        return who + " " + what + where;
    }

    /** ", delt ansvar ledet av …", ", med overgangsordning: …", ". Vilkår: …" as far as they apply. */
    private String conditions(ResponsibilityTerms terms, String transitionFrom) {
        String shared = terms.sharedLead() == null ? "" : ", delt ansvar ledet av " + words.party(terms.sharedLead());
        String transition = transitionFrom == null ? "" : ", med overgangsordning: " + words.trust(transitionFrom)
                + " har ansvaret til tilbudet er etablert"
                + (terms.transitionEndsOn() == null ? "" : ", senest til " + date(terms.transitionEndsOn()));
        String conditions = terms.conditions() == null ? "" : ". Vilkår: " + terms.conditions();
        return shared + transition + conditions;
    }

    private String key(int version, PartyRef party) {
        return version + "/" + (party == null ? "" : party.id());
    }

    /** "saksnummer for Bømlo kommune i versjon 1 endret fra X til Y", naming only what changed. */
    private String corrected(Map<String, Fact> facts, int version, PartyRef party, String whole, String textName,
                             String dateName, Fact after) {
        Fact before = facts.put(key(version, party), after);
        String of = " for " + words.party(party) + " i versjon " + version + " endret ";
        if (before != null && before.text() != null && before.text().equals(after.text())) {
            return dateName + of + "fra " + date(before.date()) + " til " + date(after.date());
        }
        if (before != null && before.date() != null && before.date().equals(after.date())) {
            return textName + of + "fra " + before.text() + " til " + after.text();
        }
        return whole + of + "til " + after.text() + ", " + date(after.date())
                + (before == null ? "" : " (var " + before.text() + ", " + date(before.date()) + ")");
    }

    @SuppressWarnings("unchecked")
    private static <E> void on(Class<E> type, Step<E> step) {
        STEPS.put(type, (Step<Object>) step);
    }
}
