package no.samarbeidsavtaler.projections.responsibility;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.cell.Cell;

/**
 * Query: who is responsible for an offering, answered with {@link ResponsibilityAnswer}.
 *
 * @param offering       any combination of facets; open facets mean "the offering in general"
 * @param healthTrust    orgnr: only this trust's agreements count, and without {@code municipalities}
 *                       the scope is its region (catchment area plus its agreements' municipalities)
 * @param municipalities kommunenummer to answer for (current or historic); at least one of this and
 *                       {@code healthTrust} is required
 * @param validOn        the date asked about; {@code null} means today (Europe/Oslo)
 */
public record FindResponsibility(Cell offering, String healthTrust, List<String> municipalities, LocalDate validOn) {

    public FindResponsibility {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        if (offering == null) {
            offering = Cell.general();
        }
        if (healthTrust == null && municipalities.isEmpty()) {
            throw new IllegalArgumentException("Oppgi helseforetak eller kommune(r)");
        }
    }

    public FindResponsibility on(LocalDate date) {
        return new FindResponsibility(offering, healthTrust, municipalities, date);
    }
}
