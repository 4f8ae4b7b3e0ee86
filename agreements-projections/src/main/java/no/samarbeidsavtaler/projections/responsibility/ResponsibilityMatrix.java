package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.party.PartyRef;

/**
 * A region's responsibility matrix on a date: rows are municipalities, columns the cells of
 * {@link StandardVocabulary}; {@code rows[i].entries[j]} answers column j for municipality i.
 */
public record ResponsibilityMatrix(String healthTrust,
                                   String healthTrustName,
                                   LocalDate validOn,
                                   List<Column> columns,
                                   List<Row> rows) {

    /** @param key stable identifier for UIs, e.g. {@code DIAGNOSIS_SPECIFIC_GROUP/PATIENTS/NEWLY_DIAGNOSED/ICD10:E11} */
    public record Column(String key, String label, Cell cell) {
    }

    public record Row(String municipality, String name, List<Entry> entries) {
    }

    /**
     * @param parties   RESPONSIBLE (incl. the trust during a transition), TAKING_OVER or CONFLICTING parties
     * @param lead      set when SHARED
     * @param citations where each of those parties' responsibility is written
     */
    public record Entry(ResponsibilityState state, List<PartyRef> parties, PartyRef lead, List<CitationRef> citations) {
    }

    /** A short reference to an assignment; ask {@link FindResponsibility} for the full citation. */
    public record CitationRef(String agreementId, int version, String clauseNumber, String assignmentId) {
    }
}
