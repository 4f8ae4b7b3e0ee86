package no.samarbeidsavtaler.api.readside;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Records the Helse Fonna 2016 agreement in the shared registry (once) and waits until the read side has it. */
public final class HelseFonnaSeed {

    public static final String ID = HelseFonna2016.AGREEMENT_ID;
    public static final String TRUST = HelseFonna2016.HELSE_FONNA_HF;

    private HelseFonnaSeed() {
    }

    public static synchronized void ensure(RunningRegistry registry) {
        if (registry.bean(EventStore.class).lastSequenceNumberFor(ID).isEmpty()) {
            CommandGateway gateway = registry.bean(CommandGateway.class);
            for (Object command : HelseFonna2016.commands()) {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                        AuditMetaData.ACTOR_ID, "sekretariat-test", AuditMetaData.ACTOR_ROLE, "secretary",
                        AuditMetaData.REASON, "Testdata")));
            }
        }
        registry.as("manager").awaitGet("/api/agreements/" + ID + "/view",
                r -> r.statusCode() == 200 && r.body().contains("\"IN_FORCE\""), Duration.ofSeconds(20));
    }

    /** GET returning bytes (exports), with HTTP Basic as a demo user. */
    public static HttpResponse<byte[]> getBytes(RunningRegistry registry, String user, String path) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + RunningRegistry.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(registry.baseUrl() + path))
                    .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
