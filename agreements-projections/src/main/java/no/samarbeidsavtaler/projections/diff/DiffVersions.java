package no.samarbeidsavtaler.projections.diff;

/** Query: what changed from one version of an agreement to another; answered with {@code Optional<VersionDiff>}. */
public record DiffVersions(String agreementId, int fromVersion, int toVersion) {
}
