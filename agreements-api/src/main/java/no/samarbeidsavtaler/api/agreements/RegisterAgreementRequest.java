package no.samarbeidsavtaler.api.agreements;

import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;

/** The body of {@code POST /api/agreements}. The id is assigned by the registry. */
public record RegisterAgreementRequest(AgreementKind kind,
                                       String designation,
                                       String title,
                                       String healthTrust,
                                       List<String> municipalities,
                                       String parentAgreementId,
                                       List<Integer> statutoryPoints,
                                       List<String> contributors) {
}
