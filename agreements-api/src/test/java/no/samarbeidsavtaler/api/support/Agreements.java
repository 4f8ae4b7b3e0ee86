package no.samarbeidsavtaler.api.support;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.api.RunningRegistry;
import org.bson.Document;

/** Request bodies and event-store look-ups shared by the HTTP tests. */
public final class Agreements {

    public static final String HELSE_FONNA = "983974694";
    public static final String HELSE_BERGEN = "983974724";
    public static final String HELGELANDSSYKEHUSET = "983974929";

    private Agreements() {
    }

    /** An overall agreement of a health trust with Ullensvang (4618) or, outside Helse Vest, Rana (1833). */
    public static String overall(String healthTrust) {
        String municipality = healthTrust.equals(HELGELANDSSYKEHUSET) ? "1833" : HELSE_BERGEN.equals(healthTrust) ? "4601" : "4618";
        return """
                {"kind": "OVERALL", "title": "Samarbeidsavtale for %s", "healthTrust": "%s",
                 "municipalities": ["%s"], "statutoryPoints": [1, 2]}""".formatted(healthTrust, healthTrust, municipality);
    }

    /** The id at the end of a Location header. */
    public static String idFrom(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Every stored event of one aggregate, in order (a full scan on the embedded store: tests only). */
    public static List<Document> events(RunningRegistry registry, String agreementId) {
        return registry.bean(MongoDatabase.class).getCollection("events").find(eq("aggregateId", agreementId))
                .sort(new Document("sequenceNumber", 1)).into(new ArrayList<>());
    }

    public static String payloadType(Document event) {
        String type = event.getString("payloadType");
        return type.substring(type.lastIndexOf('.') + 1);
    }

    public static Document metaData(Document event) {
        return event.get("metaData", Document.class);
    }
}
