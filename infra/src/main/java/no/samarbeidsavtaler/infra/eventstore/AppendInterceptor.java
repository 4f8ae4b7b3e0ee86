package no.samarbeidsavtaler.infra.eventstore;

/**
 * Test hook: runs between position allocation and the insert, the window in which gaps are born. Tests
 * use it to hold a writer there (late inserts, writer deadline) or to widen the race between writers.
 */
@FunctionalInterface
interface AppendInterceptor {

    AppendInterceptor NONE = allocation -> {
    };

    void afterAllocation(Allocation allocation);
}
