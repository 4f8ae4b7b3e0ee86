package no.samarbeidsavtaler.projections.rebuild;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.InsertOneResult;
import com.mongodb.client.result.UpdateResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A collection for a rebuild's handlers that queues single-document writes ({@code insertOne},
 * {@code updateOne}, {@code replaceOne}, {@code deleteOne}) and sends them as ordered bulk writes, so the
 * live handler code costs one round trip per batch instead of per event. Any other call (a read) sends
 * the queue first, so handlers still read their own writes. Handlers must not depend on the returned
 * write results (they are "unacknowledged"). A duplicate-key error is skipped like the live handlers
 * do ("already applied"); the ordered bulk continues after it.
 */
final class WriteBehindCollection {

    private static final int MAX_QUEUED = 1_000;

    private final MongoCollection<Document> target;
    private final List<WriteModel<Document>> queued = new ArrayList<>();

    private WriteBehindCollection(MongoCollection<Document> target) {
        this.target = target;
    }

    /** The proxy handlers use, and the flush the build calls after each pass. */
    record Handle(MongoCollection<Document> collection, Runnable flush) {
    }

    @SuppressWarnings("unchecked")
    static Handle wrap(MongoCollection<Document> target) {
        WriteBehindCollection behind = new WriteBehindCollection(target);
        MongoCollection<Document> proxy = (MongoCollection<Document>) Proxy.newProxyInstance(
                MongoCollection.class.getClassLoader(), new Class<?>[] {MongoCollection.class}, (p, method, args) ->
                        behind.invoke(method, args));
        return new Handle(proxy, behind::flush);
    }

    private Object invoke(Method method, Object[] args) throws Throwable {
        WriteModel<Document> write = queueable(method, args);
        if (write != null) {
            queued.add(write);
            if (queued.size() >= MAX_QUEUED) {
                flush();
            }
            return unacknowledged(method.getReturnType());
        }
        flush();
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static WriteModel<Document> queueable(Method method, Object[] args) {
        int n = args == null ? 0 : args.length;
        if (n == 0 || !(args[0] instanceof Bson || args[0] instanceof Document)) {
            return null; // e.g. the variants taking a ClientSession first
        }
        return switch (method.getName()) {
            case "insertOne" -> n == 1 ? new InsertOneModel<>((Document) args[0]) : null;
            case "deleteOne" -> n == 1 ? new DeleteOneModel<>((Bson) args[0]) : null;
            case "updateOne" -> args[1] instanceof Bson update && !(args[1] instanceof List<?>)
                    ? new UpdateOneModel<>((Bson) args[0], update, n == 3 ? (UpdateOptions) args[2] : new UpdateOptions())
                    : null;
            case "replaceOne" -> args[1] instanceof Document replacement && (n == 2 || args[2] instanceof ReplaceOptions)
                    ? new ReplaceOneModel<>((Bson) args[0], replacement,
                            n == 3 ? (ReplaceOptions) args[2] : new ReplaceOptions())
                    : null;
            default -> null;
        };
    }

    private static Object unacknowledged(Class<?> type) {
        if (type == UpdateResult.class) {
            return UpdateResult.unacknowledged();
        }
        if (type == InsertOneResult.class) {
            return InsertOneResult.unacknowledged();
        }
        return DeleteResult.unacknowledged();
    }

    void flush() {
        int from = 0;
        while (from < queued.size()) {
            try {
                target.bulkWrite(queued.subList(from, queued.size()), new BulkWriteOptions().ordered(true));
                from = queued.size();
            } catch (MongoBulkWriteException e) {
                var error = e.getWriteErrors().get(0);
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                from += error.getIndex() + 1;
            }
        }
        queued.clear();
    }
}
