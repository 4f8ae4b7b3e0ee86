package no.samarbeidsavtaler.projections.rebuild;

import org.axonframework.eventhandling.EventMessage;

/**
 * An optional fast first pass of a rebuild: the projection folds all of history in memory and writes its
 * EMPTY new collections once, instead of a read and a write per event. It must produce what the live
 * handlers produce (use the same fold); catch-up after it runs the live handlers as usual.
 */
public interface BulkBuild {

    /** Every stored event, in global order. */
    void accept(EventMessage<?> event) throws Exception;

    /** Writes the result; called once, after the last event of the first pass. */
    void finish();
}
