package no.samarbeidsavtaler.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

class JsonBsonTest {

    @Test
    void everyNumberKeepsItsDigitsAndScale() {
        String json = "{\"scaled\":1.10,\"long\":9223372036854775807,\"int\":42,\"wide\":12345678901234567890.123456789,"
                + "\"small\":1.0E-7,\"negative\":-0.5,\"bigInteger\":123456789012345678901234567890}";

        BsonDocument bson = JsonBson.toBson(json).asDocument();

        assertThat(bson.get("scaled").getBsonType()).isEqualTo(BsonType.DECIMAL128);
        assertThat(bson.get("long").getBsonType()).isEqualTo(BsonType.INT64);
        assertThat(bson.get("int").getBsonType()).isEqualTo(BsonType.INT32);
        assertThat(JsonBson.toJson(bson)).isEqualTo(json);
    }

    @Test
    void structureStringsAndNullsSurvive() {
        String json = "{\"decidedAt\":\"2025-01-31T23:59:59.123456Z\",\"nested\":[[1,2],[],[{\"a\":null}]],"
                + "\"flag\":true,\"text\":\"æøå \\\"sitat\\\"\"}";

        assertThat(JsonBson.toJson(JsonBson.toBson(json))).isEqualTo(json);
    }

    @Test
    void aPayloadThatIsNotAnObjectIsStoredAsItsValue() {
        BsonValue value = JsonBson.toBson("\"bare tekst\"");

        assertThat(value.asString().getValue()).isEqualTo("bare tekst");
        assertThat(JsonBson.toJson(value)).isEqualTo("\"bare tekst\"");
    }

    @Test
    void aNumberBeyondDecimal128IsKeptAsItsExactText() {
        String digits = "1234567890123456789012345678901234567890.5";

        BsonValue value = JsonBson.toBson("{\"v\":" + digits + "}").asDocument().get("v");

        assertThat(value.asString().getValue()).isEqualTo(digits);
    }

    @Test
    void somethingOtherThanJsonIsRefused() {
        assertThatThrownBy(() -> JsonBson.toBson("<xml/>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON serializer");
    }
}
