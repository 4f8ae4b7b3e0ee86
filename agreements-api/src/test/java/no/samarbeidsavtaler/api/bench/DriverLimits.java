package no.samarbeidsavtaler.api.bench;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.bson.Document;

/**
 * The store's own limits, measured with the raw driver on the same embedded server (same H2 file, same
 * commit-per-write backend) the app uses: what no layer above it can beat.
 */
final class DriverLimits {

    static final String SCRATCH = "bench_scratch";

    private final MongoDatabase db;

    DriverLimits(MongoDatabase db) {
        this.db = db;
    }

    /** Highest allocated event position (the counter's next value, see ADR 0002). */
    long head() {
        Document counter = db.getCollection("counters").find(eq("_id", "events")).first();
        return counter == null ? 0 : ((Number) counter.get("next")).longValue();
    }

    /** Real event documents to copy, so inserts carry the same shape and size. */
    List<Document> sampleEvents(int n) {
        List<Long> ids = LongStream.rangeClosed(1, Math.min(n, head())).boxed().toList();
        return db.getCollection("events").find(in("_id", ids)).into(new ArrayList<>());
    }

    /** Documents per second by insertMany in batches of {@code batch}. */
    double insertManyPerSecond(List<Document> shapes, int total, int batch) {
        MongoCollection<Document> scratch = db.getCollection(SCRATCH);
        long start = System.nanoTime();
        for (int done = 0; done < total; done += batch) {
            List<Document> docs = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                docs.add(copy(shapes.get((done + i) % shapes.size())));
            }
            scratch.insertMany(docs);
        }
        double perSecond = total / ((System.nanoTime() - start) / 1e9);
        scratch.drop();
        return perSecond;
    }

    /** Single-document inserts from {@code threads} callers, like 8 clients each storing one event. */
    Latencies singleInserts(List<Document> shapes, int total, int threads) throws InterruptedException {
        MongoCollection<Document> scratch = db.getCollection(SCRATCH);
        AtomicInteger next = new AtomicInteger();
        List<HttpLoad.LongList> lists = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            HttpLoad.LongList samples = new HttpLoad.LongList();
            lists.add(samples);
            Thread thread = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    Document doc = copy(shapes.get(i % shapes.size()));
                    long t0 = System.nanoTime();
                    scratch.insertOne(doc);
                    samples.add(System.nanoTime() - t0);
                }
            });
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        long wall = System.nanoTime() - start;
        HttpLoad.LongList all = new HttpLoad.LongList();
        lists.forEach(all::addAll);
        scratch.drop();
        return Latencies.of(all.toArray(), wall, 0);
    }

    /** Events per second read by cursor, {@code $in} batches of {@code batch} positions, from 1 to the head. */
    double cursorReadPerSecond(int batch) {
        long head = head();
        long read = 0;
        long start = System.nanoTime();
        for (long from = 1; from <= head; from += batch) {
            List<Long> ids = LongStream.range(from, Math.min(head + 1, from + batch)).boxed().toList();
            for (Document ignored : db.getCollection("events").find(in("_id", ids))) {
                read++;
            }
        }
        return read / ((System.nanoTime() - start) / 1e9);
    }

    private static Document copy(Document event) {
        Document doc = new Document(event);
        doc.remove("_id");
        return doc;
    }
}
