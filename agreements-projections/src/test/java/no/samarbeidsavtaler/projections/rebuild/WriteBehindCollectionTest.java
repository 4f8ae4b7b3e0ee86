package no.samarbeidsavtaler.projections.rebuild;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WriteBehindCollectionTest {

    private final TestMongo mongo = new TestMongo();
    private final MongoCollection<Document> target = mongo.database().getCollection("docs");
    private final WriteBehindCollection.Handle handle = WriteBehindCollection.wrap(target);

    @AfterEach
    void close() {
        mongo.close();
    }

    private void guardedUpsert(String id, long version) {
        handle.collection().updateOne(and(eq("_id", id), lt("version", version)),
                Updates.combine(Updates.set("version", version)), new UpdateOptions().upsert(true));
    }

    @Test
    void writesWaitForTheFlushAndKeepTheirOrder() {
        guardedUpsert("a", 1);
        guardedUpsert("a", 2);
        assertThat(target.countDocuments()).as("nothing sent yet").isZero();

        handle.flush().run();

        assertThat(target.find(eq("_id", "a")).first().getLong("version")).isEqualTo(2);
    }

    @Test
    void aReadThroughTheProxySeesTheQueuedWrites() {
        handle.collection().insertOne(new Document("_id", "b"));

        assertThat(handle.collection().find(eq("_id", "b")).first()).isNotNull();
    }

    @Test
    void anAlreadyAppliedEventIsSkippedAndTheWritesAfterItStillHappen() {
        guardedUpsert("a", 2);
        guardedUpsert("a", 1); // older: matches nothing, its upsert collides with _id "a"
        guardedUpsert("c", 1);

        handle.flush().run();

        assertThat(target.find(eq("_id", "a")).first().getLong("version")).isEqualTo(2);
        assertThat(target.find(eq("_id", "c")).first()).isNotNull();
    }
}
