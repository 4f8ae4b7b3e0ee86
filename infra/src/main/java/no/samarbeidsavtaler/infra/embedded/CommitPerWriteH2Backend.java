package no.samarbeidsavtaler.infra.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to keep every acknowledged write when the process dies.
 *
 * <p>The stock {@link H2Backend} only reaches its file when MVStore's background writer commits, about once
 * a second. Under {@code kill -9} it lost acknowledged writes (stack-notes: 12, 7 and 20 of 21 kept). Here
 * each write command ({@link WriteCommands}) is committed before its reply is sent, so the driver only sees
 * an acknowledgement for data that is in the file: 21 of 21 kept in stack-notes, and every acknowledged
 * write in {@code KillNineDurabilityTest}. Reads are not committed and cost what they did.
 *
 * <p><b>Limit:</b> {@link MVStore#commit()} writes to the file but does not fsync. A committed write survives
 * the process dying (the operating system still holds the pages), not a power loss or an OS crash. Adding
 * {@code sync()} raised the append median from ~1 ms to ~1.7–3.4 ms in stack-notes; we chose not to.
 *
 * <p><b>Group commit.</b> Concurrent writers share commits: a writer that finds a commit running waits for
 * it, then commits once for itself and everyone who queued meanwhile, unless a commit that started after its
 * own write already covered it. A reply is still only sent once the write is in the file, and under load
 * the file gets one chunk per group instead of one per write (each MVStore chunk rewrites the changed
 * B-tree pages up to their roots, so fewer chunks also means a smaller file).
 *
 * <p>Why {@code handleMessage} and not {@code handleCommand}: the latter's signature names Netty's
 * {@code Channel}, which mongo-java-server only declares as a runtime dependency. Every command of a driver
 * talking to this server (it reports wire version 8) arrives as an OP_MSG through {@code handleMessage},
 * which hands it to {@code handleCommand}. Only legacy OP_QUERY commands, sent by drivers from before
 * MongoDB 3.6, go round it; for them the background auto-commit ({@link H2StoreOptions}) still applies.
 */
public class CommitPerWriteH2Backend extends H2Backend {

    private final String location;
    /** How many write commands have been applied; a write's ticket is the count just after it. */
    private final AtomicLong applied = new AtomicLong();
    private final ReentrantLock commitLock = new ReentrantLock();
    /** Every write with a ticket up to this is in the file. Guarded by {@link #commitLock}. */
    private long committedUpTo;

    public CommitPerWriteH2Backend(MVStore store) {
        super(store);
        this.location = store.getFileStore() == null ? "memory" : store.getFileStore().getFileName();
    }

    /** Unique indexes with typed keys instead of Java-serialised ones: see {@link TypedIndexH2Database}. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new TypedIndexH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document body = message.getDocument();
        String command = body.keySet().iterator().next();
        if (!WriteCommands.isWrite(command, body)) {
            return super.handleMessage(message);
        }
        Document reply;
        try {
            reply = super.handleMessage(message);
        } catch (RuntimeException failure) {
            // A failed write can have applied part of itself (an ordered insertMany keeps the documents
            // before a duplicate key; some errors are thrown rather than reported): keep that part too,
            // so what a client can read now is what it finds after a crash.
            try {
                commitOrFail(command);
            } catch (RuntimeException commitFailure) {
                failure.addSuppressed(commitFailure);
            }
            throw failure;
        }
        commitOrFail(command);
        return reply;
    }

    /** A write that cannot be committed must not be acknowledged: the server turns this into an error reply. */
    private void commitOrFail(String command) {
        long ticket = applied.incrementAndGet();
        try {
            commitCovering(ticket);
        } catch (RuntimeException e) {
            throw new MongoServerException("'" + command + "' was applied but could not be written to "
                    + location + ": " + e.getMessage(), e);
        }
    }

    /** Write commands applied so far (committed or waiting for their commit). For tests. */
    long appliedWrites() {
        return applied.get();
    }

    private void commitCovering(long ticket) {
        commitLock.lock();
        try {
            if (committedUpTo >= ticket) {
                return;
            }
            // Read before committing: every write counted here was applied before this commit starts.
            long upTo = applied.get();
            commit();
            committedUpTo = upTo;
        } finally {
            commitLock.unlock();
        }
    }
}
