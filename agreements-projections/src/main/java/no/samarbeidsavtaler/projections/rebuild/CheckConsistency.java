package no.samarbeidsavtaler.projections.rebuild;

/** Query: rebuild a projection into a scratch collection and compare; answered with {@link ConsistencyReport}. */
public record CheckConsistency(String projection) {
}
