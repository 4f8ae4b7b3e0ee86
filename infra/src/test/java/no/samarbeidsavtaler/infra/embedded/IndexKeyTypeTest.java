package no.samarbeidsavtaler.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/** The typed index key must behave like a unique index needs: a total order whose zero is equality. */
class IndexKeyTypeTest {

    private final IndexKeyType type = new IndexKeyType();

    /** Normalised key values as mongo-java-server builds them: numbers are doubles unless a long cannot be. */
    private static List<KeyValue> keys() {
        List<Object> elements = new ArrayList<>(List.of(
                "a", "b", "", "agreement-1", "æøå", 0.0, 1.0, -1.5, 1e300, Long.MAX_VALUE, Long.MAX_VALUE - 1,
                true, false, new ObjectId("5f0000000000000000000001"), new ObjectId("5f0000000000000000000002"),
                new Date(0), new Date(86_400_000L), UUID.fromString("00000000-0000-0000-0000-000000000001"),
                new Document("x", 1.0), new Document("x", 2.0), List.of(1.0, 2.0), List.of("a")));
        elements.add(null);
        List<KeyValue> keys = new ArrayList<>();
        for (Object first : elements) {
            keys.add(new KeyValue(first == null ? new Object[] {null} : new Object[] {first}));
            keys.add(new KeyValue(first, 7.0));
            keys.add(new KeyValue(first, "seq"));
        }
        return keys;
    }

    @Test
    void comparesEqualExactlyWhenTheKeysAreEqual() {
        for (KeyValue a : keys()) {
            for (KeyValue b : keys()) {
                assertThat(type.compare(a, b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            }
        }
    }

    @Test
    void orderIsAntisymmetricAndTransitive() {
        List<KeyValue> keys = keys();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(type.compare(a, b))).isEqualTo(-Integer.signum(type.compare(b, a)));
                for (KeyValue c : keys) {
                    if (type.compare(a, b) < 0 && type.compare(b, c) < 0) {
                        assertThat(type.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void aWrittenKeyReadsBackEqual() {
        for (KeyValue key : keys()) {
            WriteBuffer buffer = new WriteBuffer();
            type.write(buffer, key);
            ByteBuffer written = buffer.getBuffer();
            written.flip();
            KeyValue read = type.read(written);
            assertThat(read).isEqualTo(key);
            assertThat(type.compare(read, key)).isZero();
            assertThat(written.hasRemaining()).isFalse();
        }
    }

    @Test
    void aLongerKeyWithTheSamePrefixSortsAfter() {
        assertThat(type.compare(new KeyValue("a"), new KeyValue("a", 1.0))).isNegative();
    }
}
