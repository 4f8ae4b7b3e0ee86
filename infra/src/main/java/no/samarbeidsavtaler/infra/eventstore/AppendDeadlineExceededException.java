package no.samarbeidsavtaler.infra.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * The append waited too long between allocating its positions and inserting (over half the gap timeout),
 * so readers may already have given up on those positions. Nothing was stored; the command may be retried.
 */
public class AppendDeadlineExceededException extends EventStoreException {

    private static final long serialVersionUID = 1L;

    public AppendDeadlineExceededException(String message) {
        super(message);
    }
}
