package no.samarbeidsavtaler.api.web.commands;

/**
 * The handler's result plus the aggregate version after the command. The version is filled in
 * after the unit of work commits (only then have the events their final place); the local command
 * bus hands the result back on the same thread after that, so the sender always sees it set.
 */
final class VersionedResult {

    private final Object result;
    private volatile Long version;

    VersionedResult(Object result, Long version) {
        this.result = result;
        this.version = version;
    }

    Object result() {
        return result;
    }

    Long version() {
        return version;
    }

    void version(Long value) {
        this.version = value;
    }
}
