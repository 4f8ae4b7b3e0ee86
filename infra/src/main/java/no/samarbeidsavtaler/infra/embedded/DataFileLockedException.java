package no.samarbeidsavtaler.infra.embedded;

import java.nio.file.Path;

/** The embedded server's H2 file is held open by another store, which can only be one at a time. */
public class DataFileLockedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Path dataFile;

    public DataFileLockedException(Path dataFile, Throwable cause) {
        super("The embedded MongoDB data file " + dataFile.toAbsolutePath() + " is locked: another instance of"
                + " the registry is probably running on the same data directory. Stop it, or give this instance"
                + " another data directory (agreements.store.data-directory) or a MongoDB URI.", cause);
        this.dataFile = dataFile;
    }

    public Path dataFile() {
        return dataFile;
    }
}
