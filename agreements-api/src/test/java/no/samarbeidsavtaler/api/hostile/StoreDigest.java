package no.samarbeidsavtaler.api.hostile;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.BsonDocument;

/**
 * SHA-256 of every document of every collection that holds registry state, documents in {@code _id}
 * order (sorted here, not by the store: mixed id types and the embedded server's sort are no help).
 * Left out: logs a read is supposed to write (audit reads, idempotency keys) and processor bookkeeping
 * (tracking tokens and claims, which move on their own).
 */
final class StoreDigest {

    private static final Set<String> BOOKKEEPING = Set.of("audit_reads", "idempotency_keys");

    private StoreDigest() {
    }

    static Map<String, String> of(MongoDatabase database) {
        Map<String, String> digests = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (!BOOKKEEPING.contains(name) && !name.toLowerCase().contains("token")) {
                digests.put(name, digest(database.getCollection(name, BsonDocument.class).find().into(new ArrayList<>())));
            }
        }
        return digests;
    }

    private static String digest(List<BsonDocument> documents) {
        List<String> json = new ArrayList<>();
        for (BsonDocument document : documents) {
            json.add(document.get("_id") + "\u0000" + document.toJson());
        }
        json.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            json.forEach(doc -> sha.update(doc.getBytes(StandardCharsets.UTF_8)));
            return documents.size() + " docs " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
