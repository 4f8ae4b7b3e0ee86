package no.samarbeidsavtaler.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

/** Pins the hash definition of ADR 0003: an auditor's own implementation must reproduce these values. */
class CanonicalJsonTest {

    private static final String CANONICAL = "{\"Z\":\"æ\\\"\\\\\\u000a🏥\",\"a\":[{\"$numberLong\":\"2\"},"
            + "{\"$numberDecimal\":\"1.10\"},null,true,[]],\"b\":{\"$numberInt\":\"1\"},"
            + "\"d\":{\"$date\":{\"$numberLong\":\"0\"}},"
            + "\"x\":{\"$numberDouble\":\"0.1000000000000000055511151231257827021181583404541015625\"}}";
    /** {@code printf '%s' "$CANONICAL" | sha256sum}, computed outside Java (Python hashlib). */
    private static final String SHA256 = "02d2c508e7fc9d2d54f102e533bfad4aa79e47df17d9ac62eeb7e25a553f95e6";

    private static BsonDocument sample() {
        return new BsonDocument("b", new BsonInt32(1))
                .append("a", new BsonArray(List.of(new BsonInt64(2), new BsonDecimal128(Decimal128.parse("1.10")),
                        BsonNull.VALUE, BsonBoolean.TRUE, new BsonArray())))
                .append("Z", new BsonString("æ\"\\\n🏥"))
                .append("d", new BsonDateTime(0))
                .append("x", new BsonDouble(0.1))
                .append("hash", new BsonString("not part of the hashed text"));
    }

    @Test
    void keysAreSortedNumbersTypedAndNothingElseIsAdded() {
        assertThat(CanonicalJson.withoutField(sample(), "hash")).isEqualTo(CANONICAL);
    }

    @Test
    void hashIsSha256OfTheUtf8CanonicalText() {
        assertThat(DocumentHash.of(sample())).isEqualTo(SHA256);
    }

    @Test
    void fieldOrderDoesNotMatterButEveryValueAndTypeDoes() {
        BsonDocument reordered = new BsonDocument();
        List.of("x", "hash", "d", "Z", "a", "b").forEach(key -> reordered.append(key, sample().get(key)));
        assertThat(DocumentHash.of(reordered)).isEqualTo(SHA256);

        assertThat(DocumentHash.of(sample().append("b", new BsonInt64(1)))).as("int → long").isNotEqualTo(SHA256);
        BsonDocument rescaled = sample();
        rescaled.getArray("a").set(1, new BsonDecimal128(Decimal128.parse("1.1")));
        assertThat(DocumentHash.of(rescaled)).as("1.10 → 1.1").isNotEqualTo(SHA256);
        assertThat(DocumentHash.of(sample().append("void", BsonBoolean.TRUE))).as("added field").isNotEqualTo(SHA256);
    }

    @Test
    void sealReplacesAStaleHash() {
        BsonDocument sealed = DocumentHash.seal(sample());

        assertThat(sealed.getString("hash").getValue()).isEqualTo(SHA256);
        assertThat(sealed.keySet()).last().isEqualTo("hash");
    }
}
