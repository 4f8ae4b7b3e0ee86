package no.samarbeidsavtaler.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samarbeidsavtaler.api.RegistryApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A first start on an empty store, watched from outside while it starts: the moment {@code /actuator/health}
 * says UP, the README's question already has the demo data's answer. Before, health was UP while the demo
 * agreements were still being recorded, and the question answered "GAP" for a second or two.
 */
class DemoDataReadinessTest {

    private static final String README_QUESTION = "/api/responsibility?category=DIAGNOSIS_SPECIFIC_GROUP"
            + "&diagnosisSpecific=true&conditionCode=E11&phase=NEWLY_DIAGNOSED&healthTrust=983974694&validOn=2019-06-01";
    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

    @TempDir
    Path dataDirectory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void healthIsUpOnlyOnceTheDemoAgreementsCanBeAskedAbout() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(RegistryApplication.class).run("--server.port=" + port,
                        "--agreements.store.data-directory=" + dataDirectory, "--agreements.store.uri="));
        try {
            List<Integer> statuses = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            int status = 0;
            while (status != 200) {
                assertThat(System.nanoTime()).as("health UP within 120 s; seen " + statuses).isLessThan(deadline);
                assertThat(starting).as("start-up failed").isNotCompletedExceptionally();
                status = healthStatus(base);
                if (statuses.isEmpty() || statuses.get(statuses.size() - 1) != status) {
                    statuses.add(status);
                }
                if (status != 200) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                }
            }

            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + README_QUESTION))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            List<String> states = new ArrayList<>();
            Matcher matcher = STATE.matcher(answer.body());
            while (matcher.find()) {
                states.add(matcher.group(1));
            }
            assertThat(states).as("health statuses seen while starting: " + statuses).hasSize(16)
                    .containsOnly("RESPONSIBLE");
        } finally {
            starting.get(120, TimeUnit.SECONDS).close();
        }
    }

    /** 0 while the port does not answer yet, else the HTTP status of the anonymous health check. */
    private int healthStatus(String base) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException e) {
            return 0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
