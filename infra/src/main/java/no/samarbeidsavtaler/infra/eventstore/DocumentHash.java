package no.samarbeidsavtaler.infra.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bson.BsonDocument;

/**
 * The tamper-evidence hash of a stored document (ADR 0003): SHA-256 over the UTF-8 bytes of its
 * {@link CanonicalJson canonical form} without the {@code hash} field, as 64 lowercase hex digits.
 *
 * <p>It covers every other field, not a chosen list: {@code _id} (the position), {@code previousHash} (the
 * link), the bookkeeping fields and any field a hand edit adds — adding {@code void: true} to an event, which
 * would hide it from processors, changes its hash like any payload edit does.
 */
public final class DocumentHash {

    /** The {@code previousHash} of sequence 0 of every stream, and of the first anchor. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private DocumentHash() {
    }

    /** The hash the document must carry, computed from everything in it but its {@code hash} field. */
    public static String of(BsonDocument document) {
        return sha256(CanonicalJson.withoutField(document, EventFields.HASH));
    }

    /** The document with its {@code hash} field (re)computed and appended last. */
    public static BsonDocument seal(BsonDocument document) {
        document.remove(EventFields.HASH);
        return document.append(EventFields.HASH, new org.bson.BsonString(of(document)));
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
