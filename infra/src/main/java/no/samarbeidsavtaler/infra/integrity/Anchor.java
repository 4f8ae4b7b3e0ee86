package no.samarbeidsavtaler.infra.integrity;

import java.time.Instant;
import no.samarbeidsavtaler.infra.eventstore.DocumentHash;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;

/**
 * One anchor document of the {@code anchors} collection (ADR 0003): it covers positions
 * {@code fromPosition … upToPosition} with {@code rootHash}, the {@link PositionChain} value at
 * {@code upToPosition}, and links to the previous anchor by its hash. {@code hash} is the
 * {@link DocumentHash} of the anchor document itself: the value to publish outside the database.
 */
public record Anchor(long number, long fromPosition, long upToPosition, String previousAnchorHash, String rootHash,
                     Instant createdAt, String hash) {

    static final String FROM = "fromPosition";
    static final String UP_TO = "upToPosition";
    static final String PREVIOUS_ANCHOR_HASH = "previousAnchorHash";
    static final String ROOT_HASH = "rootHash";
    static final String CREATED_AT = "createdAt";
    static final String HASH = "hash";

    /** A new anchor with its hash computed. */
    static Anchor create(long number, long fromPosition, long upToPosition, String previousAnchorHash,
                         String rootHash, Instant createdAt) {
        Anchor unhashed = new Anchor(number, fromPosition, upToPosition, previousAnchorHash, rootHash,
                Instant.ofEpochMilli(createdAt.toEpochMilli()), null);
        return fromDocument(DocumentHash.seal(unhashed.toDocument()));
    }

    /** Reads a stored anchor; throws on a malformed document (the verifier reports that as a mismatch). */
    static Anchor fromDocument(BsonDocument document) {
        return new Anchor(document.getNumber("_id").longValue(), document.getNumber(FROM).longValue(),
                document.getNumber(UP_TO).longValue(), document.getString(PREVIOUS_ANCHOR_HASH).getValue(),
                document.getString(ROOT_HASH).getValue(),
                Instant.ofEpochMilli(document.getDateTime(CREATED_AT).getValue()),
                document.containsKey(HASH) ? document.getString(HASH).getValue() : null);
    }

    BsonDocument toDocument() {
        BsonDocument document = new BsonDocument("_id", new BsonInt64(number))
                .append(FROM, new BsonInt64(fromPosition))
                .append(UP_TO, new BsonInt64(upToPosition))
                .append(PREVIOUS_ANCHOR_HASH, new BsonString(previousAnchorHash))
                .append(ROOT_HASH, new BsonString(rootHash))
                .append(CREATED_AT, new BsonDateTime(createdAt.toEpochMilli()));
        return hash == null ? document : document.append(HASH, new BsonString(hash));
    }
}
