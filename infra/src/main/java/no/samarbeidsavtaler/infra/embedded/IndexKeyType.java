package no.samarbeidsavtaler.infra.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2 key type for mongo-java-server's unique indexes (including every {@code _id} index).
 *
 * <p>The stock H2 backend stores index keys with {@link ObjectDataType}. A {@link KeyValue} is neither a
 * type H2 knows nor {@code Comparable}, so every comparison in a B-tree lookup Java-serialises both keys
 * and compares the bytes: the benchmark's profile showed half of the embedded server's CPU there
 * (docs/benchmarks.md). This type writes a key as its element count and then each element with
 * {@link ObjectDataType}, and compares element by element with {@link ObjectDataType#compare}, which
 * compares strings, numbers, dates and other {@code Comparable} values directly and only falls back to
 * serialised bytes for the rest (documents or arrays as keys, rare here).
 *
 * <p>The order it gives differs from the stock one, so it must never read a map written by the stock
 * type: {@link TypedIndexH2Database} keeps such maps under another name and migrates old ones.
 *
 * <p>Equal keys compare as 0 and unequal ones do not, as the unique index needs: the elements are
 * already normalised by mongo-java-server (numbers as doubles unless a long cannot be one, -0.0 as 0.0).
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    private static final int KEY_OVERHEAD_BYTES = 48;

    // ObjectDataType remembers the last element type it saw; that is a cache, so separate instances
    // per thread are not needed for correctness, but one per index type keeps maps from sharing it.
    private final ObjectDataType elements = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int byElement = elements.compare(a.get(i), b.get(i));
            if (byElement != 0) {
                return byElement;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = KEY_OVERHEAD_BYTES;
        for (Object element : key) {
            memory += elements.getMemory(element);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object element : key) {
            elements.write(buffer, element);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(elements.read(buffer));
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
