package no.samarbeidsavtaler.infra.embedded;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the H2 MVStore file behind the durable embedded server is opened. The settings are spelled out
 * here rather than left to {@code MVStore.open(file)}, so what durability and read cost rest on is visible.
 *
 * @param cacheSizeMb          MVStore page cache in MB (H2's default is 16). It decides read cost once
 *                             the store outgrows it (stack-notes: with 300k events, loads of 20 events took
 *                             0.6–2.0 ms at 16 MB and 0.7–1.0 ms at 1,024 MB). It is heap memory, and memory
 *                             the young collections copy: every page a commit writes enters the cache and
 *                             survives young collections while it stays there. Under the ×10 benchmark load
 *                             128 MB gave young pauses of p50 45 ms and a command p99 of 56–58 ms; 32 MB gave
 *                             27 ms and 47 ms, with half the heap (docs/benchmarks.md, "GC and the page cache").
 * @param backgroundAutoCommit keep MVStore's background writer (commits about once a second and compacts
 *                             old chunks). Durability does not depend on it — every write command is
 *                             committed before its reply — but it commits anything a future write command
 *                             we do not recognise leaves behind, and keeps the file from growing unbounded.
 *                             Tests turn it off to prove the per-write commit on its own.
 */
public record H2StoreOptions(int cacheSizeMb, boolean backgroundAutoCommit) {

    public static final int DEFAULT_CACHE_SIZE_MB = 32;

    private static final Logger log = LoggerFactory.getLogger(H2StoreOptions.class);

    public H2StoreOptions {
        if (cacheSizeMb < 1) {
            throw new IllegalArgumentException("cacheSizeMb must be at least 1, was " + cacheSizeMb);
        }
    }

    public static H2StoreOptions defaults() {
        return new H2StoreOptions(DEFAULT_CACHE_SIZE_MB, true);
    }

    public H2StoreOptions withCacheSizeMb(int megabytes) {
        return new H2StoreOptions(megabytes, backgroundAutoCommit);
    }

    public H2StoreOptions withoutBackgroundAutoCommit() {
        return new H2StoreOptions(cacheSizeMb, false);
    }

    /**
     * Opens (or creates) the store file.
     *
     * @throws DataFileLockedException if another store, in this or another process, has the file open
     */
    public MVStore open(Path file) {
        // H2 also reports a failed open (e.g. a locked file) to this handler; that failure is thrown anyway.
        AtomicBoolean opened = new AtomicBoolean();
        MVStore.Builder builder = new MVStore.Builder()
                .fileName(file.toString())
                .cacheSize(cacheSizeMb)
                .backgroundExceptionHandler((thread, e) -> {
                    if (opened.get()) {
                        log.error("Background writer of the H2 store {} failed", file, e);
                    }
                });
        if (!backgroundAutoCommit) {
            builder.autoCommitDisabled();
        }
        try {
            MVStore store = builder.open();
            opened.set(true);
            return store;
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new DataFileLockedException(file, e);
            }
            throw e;
        }
    }
}
