package no.samarbeidsavtaler.projections.rebuild;

import java.util.Objects;
import java.util.function.Function;

/**
 * A Mongo projection the rebuilder can build from the event store.
 *
 * @param name              the projection's name: its {@code projection_meta} id (use the processing group)
 * @param defaultCollection the collection it uses while it was never rebuilt; rebuilt collections are
 *                          named {@code <defaultCollection>__<UTC timestamp>}
 * @param handlers          makes an instance of the projection (an object with Axon {@code @EventHandler}
 *                          methods) that writes to the given collection: the live bean's own class, so a
 *                          rebuild runs exactly the live handler code. Its handlers must be idempotent
 *                          (guarded by sequence number), because catch-up may deliver an event twice.
 */
public record RebuildableProjection(String name, String defaultCollection,
                                    Function<ActiveCollection, Object> handlers) {

    public RebuildableProjection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultCollection, "defaultCollection");
        Objects.requireNonNull(handlers, "handlers");
        if (defaultCollection.contains(ProjectionRebuilder.SEPARATOR)) {
            throw new IllegalArgumentException("defaultCollection must not contain " + ProjectionRebuilder.SEPARATOR);
        }
    }
}
