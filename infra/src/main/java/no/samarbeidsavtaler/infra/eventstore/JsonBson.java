package no.samarbeidsavtaler.infra.eventstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * Turns the serializer's JSON into BSON an auditor can read, and back, without changing a single number.
 *
 * <p>Why not {@code Document.parse} and relaxed-mode {@code toJson()}: the driver's JSON reader makes every
 * JSON number with a fraction a binary double, so {@code BigDecimal("1.10")} came back as {@code 1.1} and
 * {@code 12345678901234567890.123456789} lost digits. Here integers become Int32/Int64 exactly as Jackson
 * typed them, and every other number becomes Decimal128, which keeps digits and scale. Numbers too large
 * for Decimal128 (more than 34 digits) are kept as their exact text; Jackson reads such a string back into
 * a BigDecimal/BigInteger field.
 */
final class JsonBson {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonBson() {
    }

    /** Parses one JSON value (normally an object) into BSON. */
    static BsonValue toBson(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("Serialized form is empty; the engine needs a JSON serializer");
            }
            BsonValue value = read(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("Serialized form has trailing content after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("Serialized form is not JSON; the engine needs a JSON serializer", e);
        }
    }

    /** Writes stored BSON back as the JSON text the serializer produced (modulo whitespace). */
    static String toJson(BsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static BsonValue read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                BsonDocument document = new BsonDocument();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    document.append(name, read(parser));
                }
                return document;
            case START_ARRAY:
                BsonArray array = new BsonArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            case VALUE_STRING:
                return new BsonString(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> new BsonInt32(parser.getIntValue());
                    case LONG -> new BsonInt64(parser.getLongValue());
                    default -> decimal(new BigDecimal(parser.getBigIntegerValue()));
                };
            case VALUE_NUMBER_FLOAT:
                return decimal(parser.getDecimalValue());
            case VALUE_TRUE:
                return BsonBoolean.TRUE;
            case VALUE_FALSE:
                return BsonBoolean.FALSE;
            case VALUE_NULL:
                return BsonNull.VALUE;
            default:
                throw new IllegalArgumentException("Unexpected JSON token " + token);
        }
    }

    private static BsonValue decimal(BigDecimal value) {
        try {
            return new BsonDecimal128(new Decimal128(value));
        } catch (NumberFormatException tooPrecise) {
            return new BsonString(value.toString());
        }
    }

    private static void write(JsonGenerator out, BsonValue value) throws IOException {
        switch (value.getBsonType()) {
            case DOCUMENT -> {
                out.writeStartObject();
                for (Map.Entry<String, BsonValue> field : value.asDocument().entrySet()) {
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (BsonValue element : value.asArray()) {
                    write(out, element);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(value.asString().getValue());
            case INT32 -> out.writeNumber(value.asInt32().getValue());
            case INT64 -> out.writeNumber(value.asInt64().getValue());
            case DOUBLE -> out.writeNumber(value.asDouble().getValue());
            case DECIMAL128 -> writeDecimal(out, value.asDecimal128().getValue());
            case BOOLEAN -> out.writeBoolean(value.asBoolean().getValue());
            case NULL -> out.writeNull();
            // Not produced by this engine; a hand-edited document still reads back as something sensible.
            case DATE_TIME -> out.writeString(Instant.ofEpochMilli(value.asDateTime().getValue()).toString());
            case OBJECT_ID -> out.writeString(value.asObjectId().getValue().toHexString());
            default -> throw new IllegalStateException("Cannot turn BSON " + value.getBsonType() + " into JSON");
        }
    }

    private static void writeDecimal(JsonGenerator out, Decimal128 value) throws IOException {
        if (value.isFinite()) {
            out.writeNumber(value.bigDecimalValue());
        } else {
            out.writeString(value.toString());
        }
    }
}
