package no.samarbeidsavtaler.api.web.commands;

import java.util.Optional;

/**
 * What a handled command returned, and the version of its aggregate after it (the sequence number
 * of the last event it appended, or the checked version when it appended none): the new ETag.
 */
public record CommandOutcome(Object result, Long aggregateVersion) {

    public Optional<Long> version() {
        return Optional.ofNullable(aggregateVersion);
    }
}
