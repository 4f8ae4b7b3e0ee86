package no.samarbeidsavtaler.api.hostile;

import java.util.Map;

/**
 * One line of {@code hostile/corpus.jsonl}: a request the registry must refuse with a 4xx problem.
 * {@code path} and {@code body} may hold the placeholders {@code {id}} (the seeded agreement),
 * {@code {etag}} (its current ETag) and {@code {trust}}; {@code generator} names a body from
 * {@link BodyGenerators} for bodies too big or too deep to keep in a file; {@code bodyHex} gives raw
 * bytes (invalid UTF-8). {@code user} is a demo user or {@code null} for an anonymous request.
 * {@code bug} is set when the case is known to fail: it names the defect reported to the lead.
 * {@code expect} is set when the protocol rules out the usual answer: {@value #HTTP_09} means the request
 * line is HTTP/0.9, which has no status line and no headers, so the refusal is the problem document alone.
 */
public record HostileCase(String category, String name, String method, String path, String user,
                          Map<String, String> headers, String contentType, String body, String generator,
                          String bodyHex, boolean chunked, String bug, String expect) {

    public static final String HTTP_09 = "http09";

    public HostileCase {
        headers = headers == null ? Map.of() : headers;
    }
}
