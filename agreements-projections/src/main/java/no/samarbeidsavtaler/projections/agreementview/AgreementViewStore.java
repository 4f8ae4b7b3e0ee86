package no.samarbeidsavtaler.projections.agreementview;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.samarbeidsavtaler.projections.batch.StaleProjectionWriteException;
import no.samarbeidsavtaler.projections.batch.VersionFence;
import org.bson.Document;

/**
 * Reads and writes agreement views and their lookup documents. Every read is an exact {@code _id}
 * match or an {@code $in} on {@code _id}: the only lookups the embedded server answers from an index
 * (anything else scans the collection), and the cheapest ones on real MongoDB too.
 */
public class AgreementViewStore {

    /** {@code $in} lists are cut into chunks: large id lists showed p99 spikes on the embedded server. */
    public static final int IN_CHUNK = 200;

    private final MongoDatabase database;
    private final Supplier<ViewCollections> names;
    private final ViewStamps stamps;
    private final VersionFence fence = new VersionFence();

    public AgreementViewStore(MongoDatabase database, ViewCollections names) {
        this(database, () -> names);
    }

    /** With a supplier, readers follow a switch to freshly rebuilt collections without a restart. */
    public AgreementViewStore(MongoDatabase database, Supplier<ViewCollections> names) {
        this(database, names, LocalViewWrites.THIS_JVM);
    }

    /** With {@code local}: whose writes count as this node's (tests pass their own to play another node). */
    public AgreementViewStore(MongoDatabase database, Supplier<ViewCollections> names, LocalViewWrites local) {
        this.database = database;
        this.names = names;
        this.stamps = new ViewStamps(database, local);
    }

    public ViewCollections collections() {
        return names.get();
    }

    /** This store fixed on the generation active now: a reader that must not straddle a rebuild's switch. */
    public AgreementViewStore pinned() {
        ViewCollections now = names.get();
        return new AgreementViewStore(database, () -> now, stamps.local());
    }

    /** The per-trust change stamps, bumped by every write of this store (see {@link ViewStamps}). */
    public ViewStamps stamps() {
        return stamps;
    }

    /** Stored {@code version} (last applied sequence) of each view found, without reading the views' bodies. */
    public Map<String, Long> versions(Collection<String> agreementIds) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (List<String> chunk : chunks(agreementIds)) {
            views().find(in("_id", chunk)).projection(new Document("version", 1))
                    .forEach(d -> versions.put(d.getString("_id"), ((Number) d.get("version")).longValue()));
        }
        return versions;
    }

    /** Lookup documents by municipality number as stored: number → ids in the document's order. */
    public Map<String, List<String>> municipalityLookups(Collection<String> numbers) {
        Map<String, List<String>> lookups = new LinkedHashMap<>();
        for (List<String> chunk : chunks(numbers)) {
            byMunicipality().find(in("_id", chunk)).forEach(d -> lookups.put(d.getString("_id"), List.copyOf(ids(d))));
        }
        return lookups;
    }

    public Optional<AgreementView> find(String agreementId) {
        return Optional.ofNullable(ViewJson.fromDocument(views().find(eq("_id", agreementId)).first()));
    }

    /** The views with the given ids (unknown ids are skipped), in the order of {@code agreementIds}. */
    public List<AgreementView> findAll(Collection<String> agreementIds) {
        Map<String, AgreementView> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(agreementIds)) {
            views().find(in("_id", chunk)).forEach(d -> found.put(d.getString("_id"), ViewJson.fromDocument(d)));
        }
        List<AgreementView> ordered = new ArrayList<>();
        new LinkedHashSet<>(agreementIds).forEach(id -> Optional.ofNullable(found.get(id)).ifPresent(ordered::add));
        return ordered;
    }

    /** Ids of the agreements the health trust (orgnr) is party to. */
    public Set<String> idsForTrust(String orgnr) {
        return ids(byTrust().find(eq("_id", orgnr)).first());
    }

    /** Ids of the agreements naming any of the municipality numbers, exactly as recorded. */
    public Set<String> idsForMunicipalities(Collection<String> numbers) {
        Set<String> ids = new LinkedHashSet<>();
        for (List<String> chunk : chunks(numbers)) {
            byMunicipality().find(in("_id", chunk)).forEach(d -> ids.addAll(ids(d)));
        }
        return ids;
    }

    /** A view to store: {@code before} as the writer read it ({@code null} if none), {@code after} to replace it. */
    public record Change(AgreementView before, AgreementView after) {

        Long storedVersion() {
            return before == null ? null : before.version();
        }
    }

    /**
     * Stores {@code after} and moves the lookup documents from what {@code before} named, then bumps the
     * stamps of the trusts involved. {@code after.version()} must be above the stored one (the fold's
     * guarantee): readers reuse a parsed view while its stored version is unchanged.
     *
     * @throws StaleProjectionWriteException if the view's stored version is no longer {@code before}'s: another
     *         writer got there first, and the view was left alone
     */
    public void save(AgreementView before, AgreementView after) {
        saveAll(List.of(new Change(before, after)));
    }

    /**
     * {@link #save} for several views, fenced ({@link VersionFence}): the views are replaced in one bulk write,
     * each only if its stored version is still the one its change was folded from. The ones that landed move
     * their lookups and bump the stamps; if any did not, {@link StaleProjectionWriteException} names them
     * afterwards, so the batch is handled again from what is stored now.
     *
     * <p>Why the lookups are moved in this order: links come before the views and unlinks after, so a crash or a
     * failed write in between leaves at worst an extra id in a lookup (responsibility answers check each view's
     * own trust and municipalities; the consistency check reports it), and never a missing one. A writer that
     * stalls between its view write and its unlinks could still remove an id that a later writer had linked
     * meanwhile; so after unlinking, a view whose version moved on gets its current links again.
     */
    public void saveAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        changes.forEach(c -> link(c.before(), c.after()));
        Set<Integer> lost = fence.write(views(), changes.stream().map(c -> new ReplaceOneModel<>(
                VersionFence.filter(c.after().agreementId(), c.storedVersion()), ViewJson.toDocument(c.after()),
                new ReplaceOptions().upsert(true))).toList());
        List<Change> landed = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (lost.contains(i)) {
                stale.add(changes.get(i).after().agreementId());
            } else {
                landed.add(changes.get(i));
            }
        }
        relinkMovedOn(unlink(landed));
        List<String> trusts = new ArrayList<>();
        for (Change change : landed) {
            trusts.add(change.after().healthTrust());
            if (change.before() != null) {
                trusts.add(change.before().healthTrust());
            }
        }
        stamps.bump(trusts);
        if (!stale.isEmpty()) {
            throw new StaleProjectionWriteException(names.get().views(), stale);
        }
    }

    /** Adds the view's id to the lookups of what {@code after} names and {@code before} did not. */
    private void link(AgreementView before, AgreementView after) {
        String id = after.agreementId();
        if (before == null || !Objects.equals(before.healthTrust(), after.healthTrust())) {
            addTo(byTrust(), after.healthTrust(), id);
        }
        Set<String> old = before == null ? Set.of() : Set.copyOf(before.municipalities());
        after.municipalities().stream().filter(m -> !old.contains(m)).forEach(m -> addTo(byMunicipality(), m, id));
    }

    /**
     * Unlinks what the landed changes no longer name; returns the changes that unlinked anything. Package-private
     * so a test can stall a writer right here, between its view write and its unlinks.
     */
    List<Change> unlink(List<Change> landed) {
        return landed.stream().filter(c -> unlink(c.before(), c.after())).toList();
    }

    /** Removes the view's id from the lookups of what {@code before} named and {@code after} does not: any? */
    private boolean unlink(AgreementView before, AgreementView after) {
        if (before == null) {
            return false;
        }
        String id = after.agreementId();
        boolean removed = false;
        if (before.healthTrust() != null && !Objects.equals(before.healthTrust(), after.healthTrust())) {
            removeFrom(byTrust(), before.healthTrust(), id);
            removed = true;
        }
        for (String m : before.municipalities()) {
            if (!after.municipalities().contains(m)) {
                removeFrom(byMunicipality(), m, id);
                removed = true;
            }
        }
        return removed;
    }

    private void relinkMovedOn(List<Change> unlinked) {
        if (unlinked.isEmpty()) {
            return;
        }
        Map<String, Long> stored = versions(unlinked.stream().map(c -> c.after().agreementId()).toList());
        List<String> movedOn = unlinked.stream().map(Change::after)
                .filter(after -> !Objects.equals(stored.get(after.agreementId()), after.version()))
                .map(AgreementView::agreementId).toList();
        findAll(movedOn).forEach(current -> link(null, current));
    }

    /**
     * Writes views folded offline into EMPTY collections in bulk (a rebuild): views and lookup
     * documents are built in memory and inserted unordered, in chunks.
     */
    public void insertAll(Collection<AgreementView> all) {
        Map<String, Set<String>> trusts = new LinkedHashMap<>();
        Map<String, Set<String>> municipalities = new LinkedHashMap<>();
        List<Document> documents = new ArrayList<>();
        for (AgreementView view : all) {
            documents.add(ViewJson.toDocument(view));
            if (view.healthTrust() != null) {
                trusts.computeIfAbsent(view.healthTrust(), k -> new LinkedHashSet<>()).add(view.agreementId());
            }
            view.municipalities().forEach(m -> municipalities.computeIfAbsent(m, k -> new LinkedHashSet<>())
                    .add(view.agreementId()));
        }
        insert(views(), documents);
        insert(byTrust(), lookupDocuments(trusts));
        insert(byMunicipality(), lookupDocuments(municipalities));
        stamps.bump(all.stream().map(AgreementView::healthTrust).toList());
    }

    public void clear() {
        views().deleteMany(new Document());
        byTrust().deleteMany(new Document());
        byMunicipality().deleteMany(new Document());
        stamps.clear();
    }

    private static void addTo(MongoCollection<Document> lookup, String key, String agreementId) {
        if (key == null) {
            return;
        }
        lookup.updateOne(eq("_id", key), Updates.addToSet("agreementIds", agreementId), new UpdateOptions().upsert(true));
    }

    private static void removeFrom(MongoCollection<Document> lookup, String key, String agreementId) {
        if (key == null) {
            return;
        }
        lookup.updateOne(eq("_id", key), Updates.pull("agreementIds", agreementId));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> ids(Document lookup) {
        return lookup == null ? Set.of() : new LinkedHashSet<>(lookup.get("agreementIds", List.class));
    }

    private static List<Document> lookupDocuments(Map<String, Set<String>> byKey) {
        return byKey.entrySet().stream()
                .map(e -> new Document("_id", e.getKey()).append("agreementIds", List.copyOf(e.getValue()))).toList();
    }

    private static void insert(MongoCollection<Document> collection, List<Document> documents) {
        for (int from = 0; from < documents.size(); from += 1000) {
            collection.insertMany(documents.subList(from, Math.min(documents.size(), from + 1000)),
                    new InsertManyOptions().ordered(false));
        }
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK)));
        }
        return chunks;
    }

    private MongoCollection<Document> views() {
        return database.getCollection(names.get().views());
    }

    private MongoCollection<Document> byTrust() {
        return database.getCollection(names.get().byTrust());
    }

    private MongoCollection<Document> byMunicipality() {
        return database.getCollection(names.get().byMunicipality());
    }
}
