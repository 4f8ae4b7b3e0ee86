package no.samarbeidsavtaler.infra.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 database with unique indexes keyed by {@link IndexKeyType} instead of Java
 * serialisation. Collections and documents are stored exactly as the stock backend stores them.
 *
 * <p>Index maps live under {@value #INDEX_MAP_INFIX} instead of the stock {@code ._index_}, because the
 * two key types order keys differently and an MVStore file does not record which type wrote a map. A
 * store written by the stock backend (or by this registry before this class) is migrated when a database
 * is opened: each stock index map is copied into a typed one and removed, and the store is committed, so
 * a crash during the migration leaves the old map in place to migrate again.
 */
final class TypedIndexH2Database extends H2Database {

    static final String INDEX_MAP_INFIX = "._typed_index_";
    private static final String STOCK_INDEX_MAP_INFIX = "._index_";

    private static final Logger log = LoggerFactory.getLogger(TypedIndexH2Database.class);

    private final MVStore store;
    private final boolean constructed;

    TypedIndexH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
        this.constructed = true;
        // The stock constructor opens the indexes before our fields are set; it skipped that (below), so
        // it is done here, with the store at hand.
        super.initializeNamespacesAndIndexes();
    }

    @Override
    protected void initializeNamespacesAndIndexes() {
        if (constructed) {
            super.initializeNamespacesAndIndexes();
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        MVMap<KeyValue, Object> map = store.openMap(typedMapName(collectionName, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
        migrateStockMap(stockMapName(collectionName, indexName), map);
        return new TypedUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(typedMapName(collection.getCollectionName(), indexName));
    }

    private void migrateStockMap(String stockName, MVMap<KeyValue, Object> typed) {
        if (!store.hasMap(stockName)) {
            return;
        }
        MVMap<KeyValue, Object> stock = store.openMap(stockName);
        log.info("Migrating index map '{}' ({} keys) to typed keys", stockName, stock.sizeAsLong());
        stock.forEach(typed::put);
        store.removeMap(stock);
        store.commit();
    }

    private String typedMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + INDEX_MAP_INFIX + indexName;
    }

    private String stockMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + STOCK_INDEX_MAP_INFIX + indexName;
    }

    /** The stock H2 unique index over a map we open; its constructor is not public. */
    private static final class TypedUniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        TypedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
