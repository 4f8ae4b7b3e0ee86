package no.samarbeidsavtaler.projections.rebuild;

/** Query: the latest rebuild of a projection, answered with {@code Optional<RebuildStatus>}. */
public record FindRebuildStatus(String projection) {
}
