package no.samarbeidsavtaler.api.ui.forms;

import java.util.List;
import no.samarbeidsavtaler.projections.history.AgreementHistory;
import no.samarbeidsavtaler.projections.history.FindAgreementHistory;
import no.samarbeidsavtaler.projections.history.HistoryEntry;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What changed since a form was rendered, for the conflict banner: the recorded events after the
 * version the form was based on, told in bokmål with who recorded them and when.
 */
@Component
public class ConflictNotice {

    /** The banner's content; {@code changes} may be empty when the history cannot be read. */
    public record Notice(long basedOn, long current, List<HistoryEntry> changes) {
    }

    private final QueryGateway queries;

    public ConflictNotice(QueryGateway queries) {
        this.queries = queries;
    }

    public Notice describe(String agreementId, CommandResult.Conflict conflict) {
        List<HistoryEntry> changes = queries.query(new FindAgreementHistory(agreementId),
                        ResponseTypes.optionalInstanceOf(AgreementHistory.class)).join()
                .map(h -> h.entries().stream().filter(e -> e.sequence() > conflict.expected()).toList())
                .orElse(List.of());
        long current = changes.isEmpty() ? conflict.actual() : changes.get(changes.size() - 1).sequence();
        return new Notice(conflict.expected(), current, changes);
    }
}
