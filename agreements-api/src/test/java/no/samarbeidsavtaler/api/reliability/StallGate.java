package no.samarbeidsavtaler.api.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import no.samarbeidsavtaler.core.agreement.events.AgreementEvent;
import no.samarbeidsavtaler.core.agreement.events.AgreementRegistered;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A Spring source added to one test node only ({@code --spring.main.sources}, see {@link #args}); not a
 * {@code @Configuration}, so no component scan picks it up elsewhere. It holds that node's agreement-view processor
 * in the middle of a batch, for agreements whose title starts with {@link #TITLE}. After the projection handled such
 * an agreement's event (so it has read the view it folds on):
 * <ul>
 *   <li>if the batch holds more events (the write is still ahead), it writes {@code blocked-<id>} in the gate
 *       directory and waits for {@code release} there; {@code ended-<id>} follows when the batch has committed or
 *       rolled back;</li>
 *   <li>else, for the registration, it writes {@code holding-<id>} and waits for {@code go-<id>}, so that the
 *       agreement's next events queue up and arrive in one batch (the processor's worker usually takes an event as
 *       soon as it arrives, so batches of one are common);</li>
 *   <li>else it writes {@code split-<id>}.</li>
 * </ul>
 * A handler interceptor rather than a handler: it runs around all of the processing group's handlers for one event,
 * whatever order Axon gives the handlers.
 */
public class StallGate {

    static final String TITLE = "Pålitelighetstest stans";
    private static final String DIRECTORY = "test.stall-gate.directory";

    static List<String> args(Path directory) {
        return List.of("--spring.main.sources=" + StallGate.class.getName(), "--" + DIRECTORY + "=" + directory);
    }

    @Bean
    ConfigurerModule heldAgreementViewBatches(Environment environment) {
        Gate gate = new Gate(Path.of(environment.getRequiredProperty(DIRECTORY)));
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerHandlerInterceptor(AgreementViewProjection.PROCESSING_GROUP, c -> gate));
    }

    static final class Gate implements MessageHandlerInterceptor<EventMessage<?>> {

        private static final Duration LONGEST_HOLD = Duration.ofMinutes(3);

        private final Path directory;
        private final Set<String> watched = ConcurrentHashMap.newKeySet();

        Gate(Path directory) {
            this.directory = directory;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            Object result = chain.proceed();
            EventMessage<?> message = unitOfWork.getMessage();
            if (message.getPayload() instanceof AgreementRegistered registered
                    && registered.title().startsWith(TITLE)) {
                watched.add(registered.agreementId());
            }
            if (!(message.getPayload() instanceof AgreementEvent event) || !watched.contains(event.agreementId())) {
                return result;
            }
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch && !batch.isLastMessage()) {
                watched.remove(event.agreementId());
                unitOfWork.onCleanup(u -> touch("ended-" + event.agreementId()));
                holdUntil("blocked-" + event.agreementId(), "release");
            } else if (event instanceof AgreementRegistered) {
                holdUntil("holding-" + event.agreementId(), "go-" + event.agreementId());
            } else {
                watched.remove(event.agreementId());
                touch("split-" + event.agreementId());
            }
            return result;
        }

        private void holdUntil(String marker, String release) {
            touch(marker);
            long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
            while (!Files.exists(directory.resolve(release)) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
        }

        private void touch(String name) {
            try {
                Files.createFile(directory.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
