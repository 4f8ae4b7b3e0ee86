package no.samarbeidsavtaler.infra.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.mvstore.MVStore;

/**
 * The registry's default MongoDB: mongo-java-server inside this JVM, listening on 127.0.0.1 only.
 *
 * <p>{@link #startDurable} keeps the data in one H2 file ({@value #DATA_FILE_NAME}) and commits it after
 * every write command before acknowledging ({@link CommitPerWriteH2Backend}): acknowledged writes survive a
 * crash or {@code kill -9} of this process, but not a power loss (no fsync). Only one process can have the
 * file open; a second one fails with {@link DataFileLockedException}. {@link #startInMemory} is for tests.
 *
 * <p>What the embedded server cannot do (no transactions, no change streams, indexes only for exact
 * matches on unique keys) is listed in stack-notes.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    public static final String DATA_FILE_NAME = "registry.mv.db";

    /**
     * mongo-java-server answers each connection on its Netty event-loop thread, and its H2 work blocks
     * (locks, commits). Netty's default, two threads per core, made every connection wait for whatever the
     * other connections of its thread were doing (a commit, a projection's full scan). With this many
     * threads each pooled driver connection has its own, so one slow request stalls only its own connection.
     */
    static final int WORKER_THREADS = 64;

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path dataFile;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address, Path dataFile) {
        this.server = server;
        this.address = address;
        this.dataFile = dataFile;
    }

    /**
     * Starts on {@code <dataDirectory>/registry.mv.db}, creating the directory if needed.
     *
     * @param port loopback port, 0 for any free one
     * @throws DataFileLockedException if another instance has the file open
     */
    public static EmbeddedMongoServer startDurable(Path dataDirectory, int port) {
        return startDurable(dataDirectory, port, H2StoreOptions.defaults());
    }

    public static EmbeddedMongoServer startDurable(Path dataDirectory, int port, H2StoreOptions options) {
        Path file = createDirectories(dataDirectory).resolve(DATA_FILE_NAME).toAbsolutePath();
        MVStore store = options.open(file);
        CommitPerWriteH2Backend backend;
        try {
            backend = new CommitPerWriteH2Backend(store);
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
        return start(backend, port, file);
    }

    /** Not durable: everything is gone when the server closes. */
    public static EmbeddedMongoServer startInMemory() {
        return start(new MemoryBackend(), 0, null);
    }

    /** Serves {@code backend} on 127.0.0.1; on failure the backend is closed. Package-private for benchmarks. */
    static EmbeddedMongoServer start(MongoBackend backend, int port, Path dataFile) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress(loopback(), port), 1, WORKER_THREADS);
        } catch (Exception e) {
            // Netty throws BindException undeclared, so mongo-java-server does not clean up after it.
            IllegalStateException failure = new IllegalStateException(e instanceof BindException
                    ? "Cannot start the embedded MongoDB server: port " + port + " on 127.0.0.1 is already in use"
                    : "Cannot start the embedded MongoDB server on 127.0.0.1:" + port + ": " + e.getMessage(), e);
            shutDownQuietly(server, backend, failure);
            throw failure;
        }
        return new EmbeddedMongoServer(server, server.getLocalAddress(), dataFile);
    }

    /** E.g. {@code mongodb://127.0.0.1:41234}. */
    public String connectionString() {
        return "mongodb://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    public InetSocketAddress address() {
        return address;
    }

    /** The H2 file, absolute; empty when in memory. */
    public Optional<Path> dataFile() {
        return Optional.ofNullable(dataFile);
    }

    /** For the one startup log line that says where the data is. */
    public String description() {
        String storage = dataFile == null ? "in memory, not durable" : "H2 file " + dataFile;
        return "embedded mongo-java-server (" + storage + ") on "
                + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** Stops listening, closes client connections, then commits and closes the store file. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.shutdown();
        }
    }

    @Override
    public String toString() {
        return description();
    }

    private static InetAddress loopback() {
        try {
            // Not InetAddress.getLoopbackAddress(): that may be ::1, and the server must be on 127.0.0.1 only.
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded MongoDB data directory " + directory, e);
        }
    }

    private static void shutDownQuietly(MongoServer server, MongoBackend backend, RuntimeException failure) {
        try {
            server.shutdownNow();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        try {
            backend.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
