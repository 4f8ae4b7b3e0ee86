package no.samarbeidsavtaler.api.reliability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Who holds which segment, read from Axon's token store ({@code trackingtokens}). An owner is Axon's
 * default node id, {@code <pid>@<host>}, so a node's claims are recognised by its process id.
 */
final class TokenClaims implements AutoCloseable {

    private final MongoClient client;

    TokenClaims(String storeUri) {
        this.client = MongoClients.create(storeUri);
    }

    /** "processor/segment" → owner (null when released). Skips the processors' config entries. */
    Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        for (Document token : client.getDatabase(EventAudit.DATABASE).getCollection("trackingtokens")
                .find().into(new ArrayList<>())) {
            Object segment = token.get("segment");
            if (segment instanceof Number number && number.intValue() >= 0) {
                owners.put(token.getString("processorName") + "/" + number, token.getString("owner"));
            }
        }
        return owners;
    }

    static boolean ownedBy(String owner, long pid) {
        return owner != null && owner.startsWith(pid + "@");
    }

    @Override
    public void close() {
        client.close();
    }
}
