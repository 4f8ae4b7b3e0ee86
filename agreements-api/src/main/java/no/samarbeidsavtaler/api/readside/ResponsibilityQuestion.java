package no.samarbeidsavtaler.api.readside;

import java.util.List;
import java.util.Locale;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.CodeSystem;
import no.samarbeidsavtaler.core.agreement.cell.Condition;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.projections.responsibility.FindResponsibility;

/** The query parameters of {@code GET /api/responsibility}, as given; {@link #toQuery} checks and converts them. */
public record ResponsibilityQuestion(String category, String diagnosisSpecific, String conditionSystem,
                                     String conditionCode, String targetGroup, String phase, String programme,
                                     String healthTrust, List<String> municipality, String validOn) {

    public FindResponsibility toQuery(Parameters p) {
        Condition condition = null;
        if (conditionCode != null && !conditionCode.isBlank()) {
            CodeSystem system = conditionSystem == null || conditionSystem.isBlank() ? CodeSystem.ICD10
                    : p.enumValue("conditionSystem", CodeSystem.class, conditionSystem);
            String code = conditionCode.strip().toUpperCase(Locale.ROOT);
            if (!system.accepts(code)) {
                throw new InvalidParameter("conditionCode", "«" + Parameters.safe(conditionCode) + "» er ikke en gyldig "
                        + system.name() + "-kode");
            }
            condition = new Condition(system, code, null);
        } else if (conditionSystem != null && !conditionSystem.isBlank()) {
            throw new InvalidParameter("conditionCode", "conditionSystem krever conditionCode");
        }
        String programmeName = programme == null || programme.isBlank() ? null : programme.strip();
        Cell offering = new Cell(p.enumValue("category", OfferingCategory.class, category),
                p.bool("diagnosisSpecific", diagnosisSpecific), condition,
                p.enumValue("targetGroup", TargetGroup.class, targetGroup),
                p.enumValue("phase", PathwayPhase.class, phase), programmeName);
        String trust = healthTrust == null || healthTrust.isBlank() ? null : p.healthTrust("healthTrust", healthTrust);
        List<String> municipalities = municipality == null ? List.of()
                : municipality.stream().filter(m -> m != null && !m.isBlank())
                        // Exactly as given, like healthTrust: "4618\n" is not a municipality number.
                        .map(m -> p.municipality("municipality", m)).toList();
        if (trust == null && municipalities.isEmpty()) {
            throw new InvalidParameter("healthTrust", "Oppgi healthTrust (organisasjonsnummer) eller minst én municipality");
        }
        return new FindResponsibility(offering, trust, municipalities, p.date("validOn", validOn));
    }
}
