package no.samarbeidsavtaler.api.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.api.ui.Labels;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.CitationRef;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Entry;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityMatrix.Row;

/**
 * A responsibility matrix as plain text cells, shared by the CSV and XLSX exports: one row per
 * municipality, one column per offering; a cell reads e.g. "Ansvarlig: Helse Fonna HF (helse-fonna-lms-2016 v1 pkt. 3)".
 */
public record MatrixTable(String title, List<String> header, List<List<String>> rows) {

    public static MatrixTable of(ResponsibilityMatrix matrix, Labels labels, PartyNames names) {
        List<String> header = new ArrayList<>(List.of("Kommunenummer", "Kommune"));
        matrix.columns().forEach(c -> header.add(c.label()));
        List<List<String>> rows = new ArrayList<>();
        for (Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.municipality(), row.name() == null ? "" : row.name()));
            row.entries().forEach(e -> cells.add(cell(e, labels, names)));
            rows.add(cells);
        }
        String title = "Ansvarsmatrise for " + matrix.healthTrustName() + " (" + matrix.healthTrust() + "), gyldig "
                + matrix.validOn();
        return new MatrixTable(title, List.copyOf(header), List.copyOf(rows));
    }

    static String cell(Entry entry, Labels labels, PartyNames names) {
        String state = labels.state(entry.state());
        if (entry.parties().isEmpty()) {
            return state;
        }
        String parties = entry.parties().stream().map(names::party).distinct().collect(Collectors.joining(", "));
        String citations = entry.citations().stream().map(MatrixTable::citation).distinct().collect(Collectors.joining("; "));
        return state + ": " + parties + (citations.isEmpty() ? "" : " (" + citations + ")");
    }

    private static String citation(CitationRef ref) {
        return ref.agreementId() + " v" + ref.version() + " pkt. " + ref.clauseNumber();
    }
}
