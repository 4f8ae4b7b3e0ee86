package no.samarbeidsavtaler.infra.eventstore;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Holds the next append between allocation and insert until released: a slow or paused writer. */
final class HoldingInterceptor implements AppendInterceptor {

    private boolean armed;
    private CountDownLatch held = new CountDownLatch(1);
    private CountDownLatch gate = new CountDownLatch(1);
    private volatile Allocation heldAllocation;

    /** The next append (only that one) will wait after allocating until {@link #release()}. */
    synchronized void arm() {
        armed = true;
        held = new CountDownLatch(1);
        gate = new CountDownLatch(1);
    }

    @Override
    public void afterAllocation(Allocation allocation) {
        CountDownLatch myGate;
        synchronized (this) {
            if (!armed) {
                return;
            }
            armed = false;
            heldAllocation = allocation;
            held.countDown();
            myGate = gate;
        }
        await(myGate);
    }

    /** Waits (bounded) until the armed append holds its positions; returns them. */
    Allocation awaitHeld() {
        CountDownLatch latch;
        synchronized (this) {
            latch = held;
        }
        await(latch);
        return heldAllocation;
    }

    synchronized void release() {
        gate.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the held append");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
