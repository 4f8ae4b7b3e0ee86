package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.agreement.commands.*;
import no.samarbeidsavtaler.core.party.PartyRef;

/** Turns a random step into one or more commands, aimed at the current version so that many succeed. */
final class RandomCommands {

    /** A random step: what to do and three small numbers choosing ids, cells, parties and dates. */
    record Step(int kind, int a, int b, int c) {
    }

    static final int KINDS = 16;
    private static final List<Cell> CELLS = List.of(NEWLY_DIAGNOSED_DIABETES_COURSES,
            Cell.general().withTargetGroup(TargetGroup.CHILDREN_AND_YOUTH), Cell.of(OfferingCategory.PREVENTIVE_HEALTHY_LIFE));
    private static final List<PartyRef> PARTIES = List.of(HELSE_FONNA, HAUGESUND_KOMMUNE, KARMOY_KOMMUNE, STORD_KOMMUNE,
            DIABETESFORBUNDET);
    private static final List<String> MUNICIPALITIES = List.of(HAUGESUND, KARMOY, STORD);

    private RandomCommands() {
    }

    static List<Object> commandsFor(Step s, int latestVersion) {
        int v = s.a() % 4 == 3 ? Math.max(1, latestVersion - 1) : latestVersion;
        LocalDate year = LocalDate.of(2016, 1, 1).plusYears(v);
        String clause = "c" + (s.a() % 3);
        String assignment = "x" + (s.b() % 3) + (s.c() % 2);
        return switch (s.kind()) {
            case 0 -> List.of(new OpenDraftVersion(AGREEMENT));
            case 1 -> List.of(new AddClause(AGREEMENT, v, clause, "" + (s.b() % 4), "Tittel " + s.c(), "Tekst"));
            case 2 -> List.of(new AmendClause(AGREEMENT, v, clause, "" + (s.b() % 4), "Endret " + s.c(), "Ny tekst"));
            case 3 -> List.of(new WithdrawClause(AGREEMENT, v, clause));
            case 4 -> List.of(new AssignResponsibility(AGREEMENT, v, clause, assignment, terms(s)));
            case 5 -> List.of(new AmendResponsibility(AGREEMENT, v, clause, assignment, terms(s)));
            case 6 -> List.of(new WithdrawResponsibility(AGREEMENT, v, clause, assignment));
            case 7 -> List.of(new MarkVersionNegotiated(AGREEMENT, v, year));
            case 8 -> PARTIES.subList(0, 4).stream().<Object>map(p -> new RecordAdoption(AGREEMENT, v, p,
                    AdoptionForum.SAMHANDLINGSUTVALG, "sak-" + v, year.plusMonths(2).plusDays(s.b()),
                    p.equals(HAUGESUND_KOMMUNE) && s.c() == 0 ? List.of(new Deviation(clause, "Avvik")) : List.of())).toList();
            // Mostly well-formed; c == 5 signs too early and leaves one party out, b == 5 backdates the effect.
            case 9 -> PARTIES.subList(0, s.c() == 5 ? 3 : 4).stream().<Object>map(p -> new RecordSignature(AGREEMENT, v, p,
                    "Signatar", year.plusMonths(2).plusDays(s.c() == 5 ? 0 : 10 + s.b()))).toList();
            case 10 -> List.of(new PutVersionIntoForce(AGREEMENT, v, year.plusMonths(3).minusDays(s.b() == 5 ? 60 : 0)));
            case 11 -> List.of(new ConfirmOfferingEstablished(AGREEMENT, v, clause, assignment, year.plusMonths(6)));
            case 12 -> List.of(new DiscardVersion(AGREEMENT, v, "Forkastet"));
            case 13 -> List.of(new CorrectEffectiveDate(AGREEMENT, v, year.plusMonths(3).plusDays(s.b()), s.c() == 0 ? "" : "Feil"));
            // The whole way to entry into force, one command at a time (each still checked on its own).
            case 15 -> java.util.stream.Stream.of(commandsFor(new Step(7, s.a(), s.b(), s.c()), latestVersion),
                            commandsFor(new Step(8, s.a(), s.b(), 1), latestVersion),
                            commandsFor(new Step(9, s.a(), s.b(), 1), latestVersion),
                            commandsFor(new Step(10, s.a(), s.b(), s.c()), latestVersion))
                    .flatMap(List::stream).toList();
            default -> s.a() == 0 && s.b() == 0
                    ? List.of(new TerminateAgreement(AGREEMENT, year.plusYears(1), "Sagt opp"))
                    : List.of(new CorrectAdoption(AGREEMENT, v, PARTIES.get(s.b() % 4), "rettet", year.plusMonths(2), "Feil"));
        };
    }

    private static ResponsibilityTerms terms(Step s) {
        PartyRef party = PARTIES.get((s.b() + s.c()) % PARTIES.size());
        ResponsibilityRole role = ResponsibilityRole.values()[(s.a() + s.c()) % 2 == 0 ? 0 : s.c() % 3];
        List<String> municipalities = s.c() % 4 == 0 ? List.of() : List.of(MUNICIPALITIES.get((s.b() + s.c()) % 3));
        ResponsibilityTerms terms = ResponsibilityTerms.of(CELLS.get(s.b() % CELLS.size()), party, role, municipalities);
        return s.c() % 3 == 1 ? terms.sharedWith(HELSE_FONNA) : terms;
    }
}
