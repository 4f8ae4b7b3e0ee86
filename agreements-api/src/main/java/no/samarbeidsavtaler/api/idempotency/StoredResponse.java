package no.samarbeidsavtaler.api.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/** The first response to an idempotent request: what a retry with the same key gets again. */
public record StoredResponse(int status, Map<String, String> headers, String body) {

    /** The headers worth replaying; the rest (dates, security headers) are written afresh. */
    static final String[] REPLAYED_HEADERS = {"Location", "ETag", "Content-Type"};

    Document toDocument() {
        return new Document("status", status).append("headers", new Document(new LinkedHashMap<>(headers)))
                .append("body", body);
    }

    static StoredResponse fromDocument(Document document) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = document.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return new StoredResponse(document.getInteger("status"), headers, document.getString("body"));
    }
}
