package no.samarbeidsavtaler.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import no.samarbeidsavtaler.api.problems.ProblemType;
import no.samarbeidsavtaler.api.problems.Problems;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refusal (a method such as TRACE, {@code ;}, {@code //}, {@code %25},
 * non-printable characters) as a 400 problem. The default handler only calls {@code sendError}, and
 * the error dispatch of a refused method is refused again, leaving a bare 400. The firewall's message
 * quotes the offending input, so only its kind is named.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private final ProblemResponseWriter writer;

    public ProblemRequestRejectedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        writer.write(request, response, Problems.of(ProblemType.BAD_REQUEST, detail(rejected.getMessage())));
    }

    /** Matched on the firewall's fixed opening words only: the rest of its message quotes the client's input. */
    static String detail(String message) {
        String text = message == null ? "" : message;
        if (text.startsWith("The request was rejected because the HTTP method")) {
            return "Metoden støttes ikke av registeret. Tillatt: DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";
        }
        if (text.startsWith("The request was rejected because the header")) {
            return "En header i forespørselen inneholder tegn som ikke er tillatt";
        }
        if (text.startsWith("The request was rejected because the parameter")) {
            return "Et parameter i forespørselen inneholder tegn som ikke er tillatt";
        }
        if (text.startsWith("The request was rejected because the URL was not normalized")) {
            return "Adressen er ikke normalisert: den inneholder ./, ../ eller //";
        }
        return "Adressen inneholder tegn som ikke er tillatt, f.eks. ;, //, %25, %2E eller kontrolltegn";
    }
}
