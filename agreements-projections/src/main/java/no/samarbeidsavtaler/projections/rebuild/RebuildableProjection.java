package no.samarbeidsavtaler.projections.rebuild;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A Mongo projection the rebuilder can build from the event store.
 *
 * @param name            the projection's name: its {@code projection_meta} id (use the processing group)
 * @param collections     default names of its collections, the main one first; a rebuild writes
 *                        {@code <name>__<UTC timestamp>} for each and, after the switch, drops the old ones
 * @param handlers        makes an instance of the projection (an object with Axon {@code @EventHandler}
 *                        methods) writing to the given generation: the live bean's own class, so a rebuild
 *                        runs exactly the live handler code. Its handlers must be idempotent (guarded by
 *                        sequence number), because catch-up may deliver an event twice
 * @param bulkBuild       optional ({@code null}): a faster first pass, see {@link BulkBuild}
 * @param unorderedFields array fields that hold sets (e.g. ids added with {@code $addToSet} by parallel
 *                        segments): their order legitimately differs between live and rebuilt documents
 */
public record RebuildableProjection(String name, List<String> collections,
                                    Function<ActiveCollection, Object> handlers,
                                    Function<ActiveCollection, BulkBuild> bulkBuild,
                                    Set<String> unorderedFields) {

    public RebuildableProjection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handlers, "handlers");
        collections = List.copyOf(collections);
        unorderedFields = Set.copyOf(unorderedFields);
        if (collections.isEmpty()) {
            throw new IllegalArgumentException("A projection needs at least one collection");
        }
        for (String collection : collections) {
            if (collection.contains(ProjectionCollections.SEPARATOR)) {
                throw new IllegalArgumentException(collection + " must not contain " + ProjectionCollections.SEPARATOR);
            }
        }
    }

    public RebuildableProjection(String name, List<String> collections, Function<ActiveCollection, Object> handlers) {
        this(name, collections, handlers, null, Set.of());
    }

    /** A projection with a single collection. */
    public RebuildableProjection(String name, String collection, Function<ActiveCollection, Object> handlers) {
        this(name, List.of(collection), handlers);
    }

    public RebuildableProjection withBulkBuild(Function<ActiveCollection, BulkBuild> value) {
        return new RebuildableProjection(name, collections, handlers, value, unorderedFields);
    }

    public RebuildableProjection withUnorderedFields(Set<String> value) {
        return new RebuildableProjection(name, collections, handlers, bulkBuild, value);
    }

    public String primary() {
        return collections.get(0);
    }
}
