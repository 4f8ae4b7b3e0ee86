package no.samarbeidsavtaler.api.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads by auditors are themselves audited: one document in {@code audit_reads} and one log line
 * per read. The document is written before the read is served, so a read can never happen
 * unlogged (if the store is down, the read fails); the outcome is added afterwards by {@code _id}.
 */
@Component
public class AuditReadLog {

    public static final String COLLECTION = "audit_reads";
    private static final Logger log = LoggerFactory.getLogger("audit-read");

    private final MongoCollection<Document> reads;
    private final Clock clock;

    @Autowired
    public AuditReadLog(MongoDatabase database) {
        this(database, Clock.systemUTC());
    }

    AuditReadLog(MongoDatabase database, Clock clock) {
        this.reads = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** Records that {@code actor} is reading; returns the id to complete the entry with. */
    public String started(Actor actor, String method, String path, String query) {
        String id = UUID.randomUUID().toString();
        reads.insertOne(new Document("_id", id)
                .append("actorId", actor.id())
                .append("actorRoles", actor.roles().stream().map(Role::metadataValue).sorted().toList())
                .append("method", method)
                .append("path", path)
                .append("query", query)
                .append("at", Date.from(clock.instant())));
        log.info("audit-read id={} actor={} {} {}{}", id, actor.id(), method, path, query == null ? "" : "?" + query);
        return id;
    }

    public void completed(String id, int status) {
        reads.updateOne(Filters.eq("_id", id), Updates.set("status", status));
    }
}
