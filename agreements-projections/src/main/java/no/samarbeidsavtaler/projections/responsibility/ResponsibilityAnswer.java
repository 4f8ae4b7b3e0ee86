package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Cell;

/**
 * Who is responsible for an offering, per municipality in scope, on a date.
 *
 * @param offering the asked cell after normalisation (see {@link OfferingMatch})
 */
public record ResponsibilityAnswer(Cell offering,
                                   String healthTrust,
                                   LocalDate validOn,
                                   List<MunicipalityResponsibility> municipalities) {
}
