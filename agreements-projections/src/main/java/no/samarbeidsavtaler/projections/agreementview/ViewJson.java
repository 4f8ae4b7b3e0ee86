package no.samarbeidsavtaler.projections.agreementview;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.bson.Document;

/**
 * Converts views to and from MongoDB documents through Jackson, with the same settings as infra's
 * {@code EventSerialization} (dates as ISO strings, unknown properties ignored, no {@code isX()}
 * helpers stored), so a stored view reads like the events it was folded from.
 */
public final class ViewJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private ViewJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The view as a document with {@code _id} = agreementId and {@code version} stored as a 64-bit number. */
    public static Document toDocument(AgreementView view) {
        Document document = new Document("_id", view.agreementId());
        document.putAll(MAPPER.convertValue(view, new TypeReference<Map<String, Object>>() { }));
        document.put("version", view.version());
        return document;
    }

    public static AgreementView fromDocument(Document document) {
        return document == null ? null : MAPPER.convertValue(document, AgreementView.class);
    }
}
