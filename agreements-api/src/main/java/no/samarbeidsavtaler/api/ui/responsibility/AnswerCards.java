package no.samarbeidsavtaler.api.ui.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.api.ui.Labels;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.responsibility.Citation;
import no.samarbeidsavtaler.projections.responsibility.MunicipalityResponsibility;
import no.samarbeidsavtaler.projections.responsibility.PartyInRole;
import no.samarbeidsavtaler.projections.responsibility.PartyRole;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityState;
import org.springframework.stereotype.Component;

/**
 * Turns the resolver's answer (one per municipality) into cards a reader can take in: municipalities
 * with the same answer from the same clauses share a card, and each card quotes its clauses.
 */
@Component
public class AnswerCards {

    private final PartyNames names;
    private final Labels labels;

    public AnswerCards(PartyNames names, Labels labels) {
        this.names = names;
        this.labels = labels;
    }

    public List<AnswerCard> cards(List<MunicipalityResponsibility> answers, Function<String, Optional<AgreementView>> views) {
        Map<String, List<MunicipalityResponsibility>> groups = new LinkedHashMap<>();
        for (MunicipalityResponsibility answer : answers) {
            groups.computeIfAbsent(key(answer), k -> new ArrayList<>()).add(answer);
        }
        List<AnswerCard> cards = new ArrayList<>();
        for (List<MunicipalityResponsibility> group : groups.values()) {
            MunicipalityResponsibility first = group.get(0);
            List<AnswerCard.Source> sources = sources(first.parties().stream().filter(p -> !supporting(p)).toList(), views);
            List<AnswerCard.Source> related = sources(first.parties().stream().filter(AnswerCards::supporting).toList(), views);
            related = related.stream().filter(r -> !sources.contains(r)).toList();
            cards.add(new AnswerCard(first.state(), heading(first), group.stream()
                    .map(MunicipalityResponsibility::municipalityName).toList(), sources, others(first), related,
                    notes(first)));
        }
        return cards;
    }

    private static boolean supporting(PartyInRole p) {
        return p.role() == PartyRole.CONTRIBUTOR || p.role() == PartyRole.ADVISOR;
    }

    /** One source per clause, in the order the parties cite them. */
    private List<AnswerCard.Source> sources(List<PartyInRole> parties, Function<String, Optional<AgreementView>> views) {
        return parties.stream().map(PartyInRole::citation).filter(Objects::nonNull)
                .collect(Collectors.toMap(AnswerCards::clause, c -> c, (a, b) -> a, LinkedHashMap::new))
                .values().stream().map(c -> source(c, views)).toList();
    }

    /** Same state, same holders (the municipality itself counted as "self"), same clauses. */
    private String key(MunicipalityResponsibility a) {
        String holders = a.parties().stream().filter(p -> !supporting(p))
                .map(p -> p.role() + ":" + who(p.party(), a) + "@" + clause(p.citation())).sorted()
                .collect(Collectors.joining(","));
        String transition = a.transition() == null ? "" : String.valueOf(a.transition().endsOn());
        return a.state() + "|" + holders + "|" + transition + "|" + a.deviations().size();
    }

    private static String clause(Citation c) {
        return c == null ? "" : c.agreementId() + "/" + c.version() + "/" + c.clauseId();
    }

    private String who(PartyRef party, MunicipalityResponsibility answer) {
        return party.isMunicipality() && party.id().equals(answer.municipality()) ? "Kommunen selv" : names.party(party);
    }

    private String heading(MunicipalityResponsibility a) {
        List<String> responsible = a.parties().stream().filter(p -> p.role() == PartyRole.RESPONSIBLE)
                .map(p -> who(p.party(), a)).distinct().toList();
        return switch (a.state()) {
            case RESPONSIBLE -> String.join(" og ", responsible) + " har ansvaret";
            case SHARED -> "Delt ansvar mellom " + String.join(" og ", responsible) + ", ledet av " + who(a.lead(), a);
            case IN_TRANSITION -> names.trust(a.transition().fromTrust()) + " har ansvaret til kommunen har etablert sitt tilbud"
                    + (a.transition().endsOn() == null ? "" : ", senest til " + labels.date(a.transition().endsOn()));
            case CONFLICT -> "Konflikt: avtalene peker ut ulike ansvarlige ("
                    + a.parties().stream().filter(p -> p.role() == PartyRole.CONFLICTING).map(p -> who(p.party(), a))
                    .distinct().collect(Collectors.joining(", ")) + ")";
            case GAP -> "Ingen har ansvaret etter avtalene i kraft";
        };
    }

    private List<String> others(MunicipalityResponsibility a) {
        return a.parties().stream().filter(p -> p.role() == PartyRole.CONTRIBUTOR || p.role() == PartyRole.ADVISOR
                        || p.role() == PartyRole.TAKING_OVER)
                .map(p -> labels.partyRole(p.role()) + ": " + who(p.party(), a)).distinct().toList();
    }

    private List<String> notes(MunicipalityResponsibility a) {
        List<String> notes = new ArrayList<>();
        a.deviations().forEach(d -> notes.add(names.municipality(d.municipality()) + " vedtok avtalen med avvik fra punkt "
                + d.clauseNumber() + ": " + d.text()));
        if (a.state() == ResponsibilityState.GAP) {
            a.narrower().forEach(p -> notes.add("Avtalene regulerer bare en del av dette: " + names.party(p.party())
                    + " har ansvaret for " + labels.cell(p.citation().cell()) + " (punkt " + p.citation().clauseNumber() + ")"));
        }
        return notes;
    }

    private AnswerCard.Source source(Citation c, Function<String, Optional<AgreementView>> views) {
        String text = views.apply(c.agreementId()).flatMap(v -> v.versionNumbered(c.version()))
                .flatMap(v -> v.clause(c.clauseId())).map(AgreementView.ClauseView::text).orElse(null);
        List<String> decisions = c.decisions().stream().map(d -> names.party(d.party()) + ": vedtatt i "
                + labels.forum(d.forum()).toLowerCase() + ", sak " + d.caseNumber() + ", " + labels.date(d.decidedOn())).toList();
        return new AnswerCard.Source(c.agreementTitle(), c.version(), c.effectiveFrom(), c.clauseNumber(), c.clauseTitle(),
                text, "/avtaler/" + c.agreementId() + "/versjoner/" + c.version() + "#punkt-" + c.clauseId(), decisions);
    }
}
