package no.samarbeidsavtaler.projections.history;

import java.util.List;

/** One agreement's history, oldest event first. */
public record AgreementHistory(String agreementId, List<HistoryEntry> entries) {
}
