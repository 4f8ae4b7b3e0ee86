package no.samarbeidsavtaler.api.ui.responsibility;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Cell;

/**
 * What the question box understood: the offering's facets, where and when, plus a note per word it
 * interpreted ("«diabetes» tolket som E11 …") so the user can check and correct the filters.
 */
public record ParsedQuestion(Cell offering, String healthTrust, List<String> municipalities, LocalDate date,
                             List<String> notes) {

    public ParsedQuestion {
        municipalities = List.copyOf(municipalities);
        notes = List.copyOf(notes);
    }
}
