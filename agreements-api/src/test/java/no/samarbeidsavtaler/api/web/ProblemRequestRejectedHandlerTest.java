package no.samarbeidsavtaler.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's own messages (taken from a real {@link StrictHttpFirewall}, so a reworded message in a
 * Spring Security upgrade shows up here) map to a sentence naming the kind of fault, never the input.
 */
class ProblemRequestRejectedHandlerTest {

    @Test
    void aRefusedMethodIsNamedAsSuch() {
        String detail = detailFor(r -> r.setMethod("FOO<script>"));

        assertThat(detail).startsWith("Metoden støttes ikke").doesNotContain("FOO", "<script>");
    }

    @Test
    void aRefusedUrlCharacterIsNamedAsSuch() {
        assertThat(detailFor(r -> r.setRequestURI("/api/agreements/a;x=<b>/export.json")))
                .startsWith("Adressen inneholder tegn").doesNotContain("<b>");
        assertThat(detailFor(r -> r.setRequestURI("/api/agreements/a%25b"))).startsWith("Adressen inneholder tegn");
    }

    @Test
    void anUnnormalisedUrlIsNamedAsSuch() {
        assertThat(detailFor(r -> {
            r.setRequestURI("/api/agreements/../x");
            r.setServletPath("/api/agreements/../x");
        })).startsWith("Adressen er ikke normalisert");
    }

    @Test
    void aRefusedHeaderOrParameterIsNamedAsSuch() {
        // Header and parameter values are checked lazily, when the application reads them.
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        MockHttpServletRequest request = request();
        request.addHeader("X-Evil", "a\u0007<b>");
        request.addParameter("p\u0007", "1");
        var firewalled = firewall.getFirewalledRequest(request);

        assertThat(ProblemRequestRejectedHandler.detail(catchThrowableOfType(RequestRejectedException.class,
                () -> firewalled.getHeader("X-Evil")).getMessage())).startsWith("En header").doesNotContain("<b>");
        assertThat(ProblemRequestRejectedHandler.detail(catchThrowableOfType(RequestRejectedException.class,
                () -> firewalled.getParameterMap()).getMessage())).startsWith("Et parameter");
    }

    private static String detailFor(Consumer<MockHttpServletRequest> change) {
        MockHttpServletRequest request = request();
        change.accept(request);
        RequestRejectedException rejected = catchThrowableOfType(RequestRejectedException.class,
                () -> new StrictHttpFirewall().getFirewalledRequest(request));
        assertThat(rejected).as("the firewall refuses it").isNotNull();
        return ProblemRequestRejectedHandler.detail(rejected.getMessage());
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/agreements");
        request.setServletPath("/api/agreements");
        return request;
    }
}
