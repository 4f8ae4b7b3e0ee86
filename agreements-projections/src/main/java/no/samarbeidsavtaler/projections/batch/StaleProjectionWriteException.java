package no.samarbeidsavtaler.projections.batch;

import java.util.Collection;
import java.util.List;

/**
 * A projection's write found documents whose stored version moved since its batch read them, and left those
 * documents alone. Another writer got there first: the node that took this segment over while this one was
 * stalled for longer than the claim timeout, or a rebuild that switched the projection to a new generation.
 * Thrown from the event handler, it fails the batch; the batch is handled again from what is stored now.
 */
public class StaleProjectionWriteException extends RuntimeException {

    private final String collection;
    private final List<String> ids;

    public StaleProjectionWriteException(String collection, Collection<String> ids) {
        super("Stored versions in " + collection + " moved since this batch read them; not overwritten: " + ids);
        this.collection = collection;
        this.ids = List.copyOf(ids);
    }

    public String collection() {
        return collection;
    }

    /** The documents this write left alone. */
    public List<String> ids() {
        return ids;
    }
}
