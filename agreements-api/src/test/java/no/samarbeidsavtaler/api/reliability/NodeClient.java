package no.samarbeidsavtaler.api.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP to one registry node as a demo user. A request that gets no answer (the node was killed, the
 * connection reset) is a {@link Reply} with status {@link #NO_ANSWER}: its outcome is unknown, so the
 * load never counts it as acknowledged.
 */
final class NodeClient {

    static final int NO_ANSWER = -1;
    static final String PASSWORD = "demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    NodeClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    Reply post(String user, String path, String json, String ifMatch) {
        HttpRequest.Builder request = request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            return new Reply(NO_ANSWER, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(NO_ANSWER, null, null, e.toString());
        }
    }

    /** One HTTP answer; {@code etag} and {@code location} as sent, or null. */
    record Reply(int status, String etag, String location, String body) {

        boolean successful() {
            return status >= 200 && status < 300;
        }

        /** The aggregate version in the ETag, e.g. 7 for {@code "7"}. */
        Optional<Long> version() {
            return etag == null ? Optional.empty() : Optional.of(Long.parseLong(etag.replace("\"", "")));
        }

        String agreementId() {
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }
}
