package no.samarbeidsavtaler.projections.rebuild;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.samarbeidsavtaler.projections.history.AuditedRegistry;

/** Amends clauses of the given agreements, round robin, on its own thread until stopped. */
final class ContinuousWriter implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sent = new AtomicInteger();
    private final Thread thread;
    private volatile RuntimeException failure;

    ContinuousWriter(AuditedRegistry registry, List<String> agreementIds) {
        thread = new Thread(() -> {
            try {
                while (running.get()) {
                    int n = sent.get();
                    registry.send(SmallAgreements.amendment(agreementIds.get(n % agreementIds.size()), 1, n));
                    sent.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "continuous-writer");
        thread.start();
    }

    int sent() {
        return sent.get();
    }

    void stop() throws InterruptedException {
        running.set(false);
        thread.join(10_000);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
