package no.samarbeidsavtaler.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * No two parties RESPONSIBLE for the same cell in the same municipality, unless every one of them
 * shares it explicitly with the same named lead, and that lead is one of them.
 */
final class ResponsibilityConflicts {

    record Conflict(Cell cell, String municipality, List<Assignment> assignments) {
        String describe() {
            return "Flere parter har ansvar for samme tilbud i kommune " + municipality + ": "
                    + assignments.stream().map(a -> a.terms().party().id()).toList()
                    + " (delt ansvar krever samme navngitte leder blant dem)";
        }
    }

    private record Key(Cell cell, String municipality) {
    }

    private ResponsibilityConflicts() {
    }

    static Optional<Conflict> first(Stream<Assignment> assignments, AgreementParties parties) {
        Map<Key, List<Assignment>> byCellAndMunicipality = new LinkedHashMap<>();
        assignments.filter(Assignment::responsible).forEach(a -> {
            for (String municipality : parties.coveredBy(a.terms())) {
                byCellAndMunicipality.computeIfAbsent(new Key(a.terms().cell(), municipality), k -> new ArrayList<>())
                        .add(a);
            }
        });
        return byCellAndMunicipality.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && !properlyShared(e.getValue()))
                .map(e -> new Conflict(e.getKey().cell(), e.getKey().municipality(), e.getValue()))
                .findFirst();
    }

    private static boolean properlyShared(List<Assignment> sameCell) {
        PartyRef lead = sameCell.get(0).terms().sharedLead();
        return lead != null
                && sameCell.stream().allMatch(a -> Objects.equals(lead, a.terms().sharedLead()))
                && sameCell.stream().anyMatch(a -> lead.equals(a.terms().party()));
    }
}
