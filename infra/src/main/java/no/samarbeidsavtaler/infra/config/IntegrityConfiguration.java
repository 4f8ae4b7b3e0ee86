package no.samarbeidsavtaler.infra.config;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import no.samarbeidsavtaler.infra.integrity.EventStoreAnchorer;
import no.samarbeidsavtaler.infra.integrity.StoreCollections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Anchors the event store periodically (ADR 0003), so deleting the newest events of a stream is
 * detectable. Safe on several nodes: racing anchorers lose cleanly and write nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IntegrityConfiguration {

    @Bean
    public EventStoreAnchorer eventStoreAnchorer(MongoDatabase database,
                                                 @Value("${agreements.integrity.anchor-every-events:1000}") long everyEvents,
                                                 @Value("${agreements.integrity.anchor-every:1m}") Duration every) {
        return new EventStoreAnchorer(StoreCollections.defaults(database), Clock.systemUTC(), everyEvents, every);
    }

    @Bean
    public AnchorSchedule anchorSchedule(EventStoreAnchorer anchorer) {
        return new AnchorSchedule(anchorer);
    }

    /** Checks every few seconds whether an anchor is due (every N events or every T, whichever first). */
    public static class AnchorSchedule {

        private static final Logger log = LoggerFactory.getLogger(AnchorSchedule.class);
        private final EventStoreAnchorer anchorer;

        AnchorSchedule(EventStoreAnchorer anchorer) {
            this.anchorer = anchorer;
        }

        @Scheduled(fixedDelayString = "${agreements.integrity.anchor-check-interval:10s}", initialDelayString = "${agreements.integrity.anchor-check-interval:10s}")
        public void anchorIfDue() {
            try {
                anchorer.anchorIfDue();
            } catch (RuntimeException e) {
                // A failed anchor is retried at the next check; it must never stop the scheduler.
                log.error("Anchoring the event store failed", e);
            }
        }
    }
}
