package no.samarbeidsavtaler.projections.agreementview;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Per health trust change stamps: {@code _id} = orgnr ({@link #NO_TRUST} for views without one),
 * {@code stamp} = a fresh {@link ObjectId} written after every save of a view of that trust. A reader that
 * keeps parsed views in memory (one node of several) validates them with one exact/{@code $in} read of
 * these small documents instead of re-reading the views.
 *
 * <p>Why a fresh unique value and not a counter: deleting or recreating documents can never bring back a
 * value a reader cached (no ABA), so {@link #clear()} may simply delete. An absent stamp means "unknown":
 * readers must not trust a cache for it (data written before stamps existed, or right after a reset).
 *
 * <p>Why one collection outside the switched generations ({@link ViewCollections}): rebuilt generations
 * must compare equal to live ones document by document, and a stamp shared by every generation is only
 * conservative (a write to any generation invalidates); readers key their caches by generation as well.
 */
public final class ViewStamps {

    public static final String COLLECTION = "agreement_view_stamps";
    public static final String NO_TRUST = "";
    private static final String STAMP = "stamp";

    private final MongoCollection<Document> stamps;
    private final LocalViewWrites local;

    /** @param local this JVM's view writes, counted after every bump and clear (see {@link LocalViewWrites}) */
    public ViewStamps(MongoDatabase database, LocalViewWrites local) {
        this.stamps = database.getCollection(COLLECTION);
        this.local = local;
    }

    /** This JVM's writes, which readers trusting a stamp for a while must not miss. */
    public LocalViewWrites local() {
        return local;
    }

    public static String key(String healthTrust) {
        return healthTrust == null ? NO_TRUST : healthTrust;
    }

    /** Gives each trust a new stamp: call AFTER the views are written, so a reader never caches them as new. */
    void bump(Collection<String> healthTrusts) {
        Set<String> keys = new LinkedHashSet<>();
        healthTrusts.forEach(t -> keys.add(key(t)));
        try {
            if (keys.size() == 1) {
                stamps.updateOne(eq("_id", keys.iterator().next()), Updates.set(STAMP, new ObjectId()),
                        new UpdateOptions().upsert(true));
            } else if (!keys.isEmpty()) {
                stamps.bulkWrite(keys.stream().map(k -> new UpdateOneModel<Document>(eq("_id", k),
                        Updates.set(STAMP, new ObjectId()), new UpdateOptions().upsert(true))).toList());
            }
        } finally {
            // Even when the bump failed: the views may have changed, so this node's readers look again.
            local.wrote(keys);
        }
    }

    /** The current stamps of the keys ({@link #key}); keys without a stamp are left out. */
    public Map<String, Object> read(Collection<String> keys) {
        Map<String, Object> found = new LinkedHashMap<>();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
        if (distinct.isEmpty()) {
            return found;
        }
        var documents = distinct.size() == 1 ? stamps.find(eq("_id", distinct.get(0))) : stamps.find(in("_id", distinct));
        documents.forEach(d -> {
            if (d.get(STAMP) != null) {
                found.put(d.getString("_id"), d.get(STAMP));
            }
        });
        return found;
    }

    /** After a reset of the views: every stamp becomes unknown, so no reader keeps what it cached. */
    void clear() {
        try {
            stamps.deleteMany(new Document());
        } finally {
            local.cleared();
        }
    }
}
