package no.samarbeidsavtaler.api.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.samarbeidsavtaler.api.web.ChangeRequest;
import no.samarbeidsavtaler.core.agreement.AgreementKind;

/** The body of {@code POST /api/agreements}. The id is assigned by the registry. */
public record RegisterAgreementRequest(
        @Schema(description = "Avtaletype", example = "OVERALL") AgreementKind kind,
        @Schema(description = "Betegnelse for delavtaler, f.eks. «2»") String designation,
        @Schema(example = "Samarbeidsavtale mellom Helse Fonna HF og kommunene") String title,
        @Schema(description = "Helseforetakets organisasjonsnummer", example = "983974694") String healthTrust,
        @Schema(description = "Kommunenumrene til kommunene som er part", example = "[\"1106\", \"1149\", \"4618\"]")
        List<String> municipalities,
        @Schema(description = "Avtalen denne hører under (delavtaler og særavtaler)") String parentAgreementId,
        @Schema(description = "Lovpunktene i helse- og omsorgstjenesteloven § 6-2 (1–13)", example = "[1, 2, 3]")
        List<Integer> statutoryPoints,
        @Schema(description = "Brukerorganisasjoner som bidrar (kortnavn)") List<String> contributors,
        @Schema(description = "Hvorfor endringen gjøres (lagres i hendelsens metadata)")
        @Size(max = ChangeRequest.MAX_REASON_LENGTH, message = ChangeRequest.REASON_TOO_LONG) String reason,
        @Schema(description = "Saksnummer endringen hører til", example = "2024/1234")
        @Size(max = ChangeRequest.MAX_CASE_REFERENCE_LENGTH, message = ChangeRequest.CASE_REFERENCE_TOO_LONG) String caseReference) implements ChangeRequest {
}
