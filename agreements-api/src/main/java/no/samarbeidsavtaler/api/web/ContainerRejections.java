package no.samarbeidsavtaler.api.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import org.springframework.http.ProblemDetail;

/**
 * Names what was wrong with a request Tomcat refused before it reached the application (bad
 * characters, encoded {@code /}, {@code \} or NUL, {@code ../} above the root, oversized headers).
 * The details are fixed sentences: Tomcat's own messages quote the offending input, which must not be
 * echoed back, so they are only matched to pick a sentence, never copied.
 */
final class ContainerRejections {

    private ContainerRejections() {
    }

    /**
     * @param status    the status Tomcat set
     * @param cause     the parse failure Tomcat recorded (request line and header parsing), or {@code null}
     * @param rawUri    the request target as received (still percent-encoded), or {@code null}
     */
    static ProblemDetail problem(int status, Throwable cause, String rawUri) {
        ProblemType type = ProblemType.genericFor(status);
        ProblemDetail problem = Problems.of(type, detail(status, type, cause, rawUri));
        problem.setStatus(status);
        return problem;
    }

    private static String detail(int status, ProblemType type, Throwable cause, String rawUri) {
        if (status >= 500) {
            return "Noe gikk galt hos oss";
        }
        // Matched in English: Tomcat has no Norwegian bundle. Under a locale it does translate, or for a message
        // not listed here, the detail falls back to the URL checks and then the title: still a correct problem.
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        if (message.startsWith("Request header is too large")) {
            return "Adressen og headerne i forespørselen er til sammen for store";
        }
        if (message.startsWith("Invalid character found in the request target")) {
            return "Adressen inneholder tegn som må prosentkodes, f.eks. [ ] { } | ^ ` \" < > eller mellomrom";
        }
        if (message.startsWith("Invalid character found in method name")) {
            return "Metoden i forespørselslinjen er ugyldig";
        }
        if (message.startsWith("Invalid character found in the HTTP protocol")) {
            return "Forespørselslinjen er ugyldig: protokollen må være HTTP/1.1";
        }
        if (message.startsWith("The HTTP header line")) {
            return "En header i forespørselen er ugyldig";
        }
        String uriProblem = status == 400 && rawUri != null ? uriDetail(rawUri.toLowerCase(Locale.ROOT)) : null;
        return uriProblem != null ? uriProblem : type.title();
    }

    private static String uriDetail(String uri) {
        if (uri.contains("%2f")) {
            return "Adressen inneholder en kodet skråstrek (%2F), som ikke er tillatt";
        }
        if (uri.contains("%5c") || uri.contains("\\")) {
            return "Adressen inneholder en omvendt skråstrek (\\ eller %5C), som ikke er tillatt";
        }
        if (uri.contains("%00")) {
            return "Adressen inneholder et NUL-tegn (%00), som ikke er tillatt";
        }
        if (uri.contains("/..") || uri.contains("/%2e%2e") || uri.contains("/.%2e") || uri.contains("/%2e.")) {
            return "Adressen peker ut over roten med ../, som ikke er tillatt";
        }
        if (!decodesAsUtf8(uri)) {
            return "Adressen er ugyldig: prosentkodingen gir ikke gyldig UTF-8";
        }
        return null;
    }

    /** Tomcat refuses a path whose %XX bytes are not UTF-8 (lone surrogates included), as does Java's decoder. */
    private static boolean decodesAsUtf8(String uri) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%' && i + 2 < uri.length() && HexFormat.isHexDigit(uri.charAt(i + 1)) && HexFormat.isHexDigit(uri.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(uri, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
