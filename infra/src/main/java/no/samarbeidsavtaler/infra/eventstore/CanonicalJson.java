package no.samarbeidsavtaler.infra.eventstore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The one text a document hash is computed over (ADR 0003). It depends only on the BSON values as stored, so
 * it is the same before the insert and after any number of BSON round trips, on any JVM and driver version:
 * <ul>
 *   <li>documents: keys sorted by {@link String#compareTo} (UTF-16 code units), {@code {"k":v,...}}, no spaces;</li>
 *   <li>arrays {@code [v,...]}; strings quoted, escaping only {@code "}, {@code \} and U+0000–U+001F
 *       ({@code \}{@code u00xx}, lowercase hex), everything else as is (the hash is over UTF-8);</li>
 *   <li>numbers tagged with their BSON type, as in MongoDB Canonical Extended JSON v2:
 *       {@code {"$numberInt":"42"}}, {@code {"$numberLong":"42"}}, {@code {"$numberDecimal":"1.10"}} (the
 *       Decimal128's own text: digits and scale), {@code {"$numberDouble":"…"}} (the exact decimal expansion of
 *       the binary value, not {@code Double.toString}, whose output changed in JDK 19);</li>
 *   <li>{@code true}, {@code false}, {@code null}; dates {@code {"$date":{"$numberLong":"<epoch ms>"}}};
 *       object ids {@code {"$oid":"<hex>"}}; binaries {@code {"$binary":{"base64":…,"subType":"<hex>"}}}.</li>
 * </ul>
 * Typed numbers are deliberate: turning a long into a string or a decimal into a double changes the hash even
 * when the JSON a serializer reads back would not. Types the engine never writes still get a deterministic
 * text, so a hand-edited document is reported as altered instead of crashing the verifier.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(BsonValue value) {
        StringBuilder out = new StringBuilder(512);
        write(out, value, null);
        return out.toString();
    }

    /** The document without one top-level field (the hash itself). */
    public static String withoutField(BsonDocument document, String excluded) {
        StringBuilder out = new StringBuilder(1024);
        write(out, document, excluded);
        return out.toString();
    }

    private static void write(StringBuilder out, BsonValue value, String excludedKey) {
        switch (value.getBsonType()) {
            case DOCUMENT -> writeDocument(out, value.asDocument(), excludedKey);
            case ARRAY -> {
                out.append('[');
                List<BsonValue> values = value.asArray().getValues();
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(out, values.get(i), null);
                }
                out.append(']');
            }
            case STRING -> string(out, value.asString().getValue());
            case INT32 -> tagged(out, "$numberInt", Integer.toString(value.asInt32().getValue()));
            case INT64 -> tagged(out, "$numberLong", Long.toString(value.asInt64().getValue()));
            case DECIMAL128 -> tagged(out, "$numberDecimal", value.asDecimal128().getValue().toString());
            case DOUBLE -> tagged(out, "$numberDouble", exact(value.asDouble().getValue()));
            case BOOLEAN -> out.append(value.asBoolean().getValue());
            case NULL -> out.append("null");
            case DATE_TIME -> {
                out.append("{\"$date\":");
                tagged(out, "$numberLong", Long.toString(value.asDateTime().getValue()));
                out.append('}');
            }
            case OBJECT_ID -> tagged(out, "$oid", value.asObjectId().getValue().toHexString());
            case BINARY -> {
                BsonBinary binary = value.asBinary();
                out.append("{\"$binary\":{\"base64\":");
                string(out, Base64.getEncoder().encodeToString(binary.getData()));
                out.append(",\"subType\":");
                string(out, String.format("%02x", binary.getType()));
                out.append("}}");
            }
            default -> tagged(out, "$bsonType:" + value.getBsonType(), value.toString());
        }
    }

    private static void writeDocument(StringBuilder out, BsonDocument document, String excludedKey) {
        List<Map.Entry<String, BsonValue>> fields = new ArrayList<>(document.entrySet());
        fields.sort(Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, BsonValue> field : fields) {
            if (field.getKey().equals(excludedKey)) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, field.getKey());
            out.append(':');
            write(out, field.getValue(), null);
        }
        out.append('}');
    }

    private static void tagged(StringBuilder out, String tag, String text) {
        out.append('{');
        string(out, tag);
        out.append(':');
        string(out, text);
        out.append('}');
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static String exact(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value); // "NaN", "Infinity", "-Infinity": fixed texts
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
        }
        return new BigDecimal(value).toString();
    }
}
