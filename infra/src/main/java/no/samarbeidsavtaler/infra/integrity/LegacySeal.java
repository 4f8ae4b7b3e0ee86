package no.samarbeidsavtaler.infra.integrity;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Updates;
import java.util.TreeMap;
import no.samarbeidsavtaler.infra.eventstore.DocumentHash;
import no.samarbeidsavtaler.infra.eventstore.EventFields;
import org.bson.BsonDocument;

/**
 * One-time seal of a store written before tamper evidence (ADR 0003): gives every document without a
 * {@code hash} the hash of its content as it is now, by exact {@code _id} updates. Nothing else changes, so
 * events appended meanwhile (which link to exactly that hash) and anchors already covering these documents
 * stay valid. Sealed aggregate events keep no {@code previousHash}: the verifier reports them as legacy.
 * A seal proves nothing about what happened before it; anchor right after sealing.
 */
public final class LegacySeal {

    private final StoreCollections store;

    public LegacySeal(StoreCollections store) {
        this.store = store;
    }

    /** Returns how many documents were sealed. */
    public long seal(VerificationProgress progress) {
        long head = store.highestAllocated();
        long sealed = 0;
        for (long batch = 1; batch <= head; batch += StoreCollections.BATCH) {
            long batchEnd = Math.min(head, batch + StoreCollections.BATCH - 1);
            TreeMap<Long, BsonDocument> found = store.positions(batch, batchEnd);
            for (var entry : found.entrySet()) {
                BsonDocument document = entry.getValue();
                if (!document.containsKey(EventFields.HASH)) {
                    store.eventsCollection().updateOne(eq(EventFields.ID, entry.getKey()),
                            Updates.set(EventFields.HASH, DocumentHash.of(document)));
                    sealed++;
                }
            }
            progress.checked(batchEnd, head);
        }
        return sealed;
    }
}
