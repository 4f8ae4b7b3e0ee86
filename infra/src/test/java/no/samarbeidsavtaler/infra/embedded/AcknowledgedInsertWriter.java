package no.samarbeidsavtaler.infra.embedded;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.PrintStream;
import java.nio.file.Path;
import org.bson.Document;

/**
 * Child JVM of {@link KillNineDurabilityTest}: opens the durable server on {@code args[0]} and inserts
 * documents {@code {ackId: "<args[1]>-<n>"}} one by one, printing {@code ACK <ackId> done} after each
 * acknowledged (w:1) insert, until it is killed.
 */
public final class AcknowledgedInsertWriter {

    static final String DATABASE = "durability";
    static final String COLLECTION = "acks";

    private AcknowledgedInsertWriter() {
    }

    public static void main(String[] args) {
        ChildProcessGuard.install();
        Path dataDirectory = Path.of(args[0]);
        String prefix = args[1];
        PrintStream out = System.out;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(dataDirectory, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> acks = client.getDatabase(DATABASE).getCollection(COLLECTION)
                    .withWriteConcern(WriteConcern.W1);
            out.println("READY " + server.port());
            out.flush();
            for (long n = 0; ; n++) {
                String ackId = prefix + "-" + n;
                acks.insertOne(new Document("ackId", ackId));
                out.println("ACK " + ackId + " done");
                out.flush();
            }
        }
    }
}
