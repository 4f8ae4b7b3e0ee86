package no.samarbeidsavtaler.projections.history;

import java.util.List;
import java.util.Map;

/**
 * Global positions of one aggregate's events. Axon's aggregate reads do not carry them, so the store
 * that knows them provides this (infra: {@code StoredEventPositions::positions}, exact-key reads).
 */
@FunctionalInterface
public interface EventPositions {

    /** Positions by sequence number; a sequence number left out has no known position. */
    Map<Long, Long> positions(String aggregateId, List<Long> sequenceNumbers);

    /** For stores that cannot say: history entries then have no position. */
    EventPositions UNKNOWN = (aggregateId, sequenceNumbers) -> Map.of();
}
