package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** The early "no" of {@link QueryAwareRequestCache} gives the answer Spring's cache gives, for every query string. */
class QueryAwareRequestCacheTest {

    private static final List<String> QUERIES = Arrays.asList(null, "", "continue", "continue=", "a=1&continue",
            "continue&a=1", "%63ontinue", "continued=1", "notcontinue", "a=continue", "CONTINUE", "x=1",
            "healthTrust=983974694&municipality=4618&category=DIAGNOSIS_SPECIFIC_GROUP");

    @Test
    void answersAsSpringsSessionRequestCacheForEveryQuery() {
        List<String> differences = new ArrayList<>();
        for (String query : QUERIES) {
            boolean ours = matches(new QueryAwareRequestCache(), query);
            HttpSessionRequestCache spring = new HttpSessionRequestCache();
            spring.setMatchingRequestParameterName(QueryAwareRequestCache.MATCHING_PARAMETER);
            if (ours != matches(spring, query)) {
                differences.add(query + ": ours " + ours);
            }
        }
        assertThat(differences).isEmpty();
        assertThat(matches(new QueryAwareRequestCache(), "continue")).as("the login's way back still works").isTrue();
    }

    /** A browser asked for /avtaler, was sent to log in, and now asks for {@code /avtaler?query}. */
    private static boolean matches(HttpSessionRequestCache cache, String query) {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest asked = new MockHttpServletRequest("GET", "/avtaler");
        asked.setSession(session);
        cache.saveRequest(asked, new MockHttpServletResponse());

        MockHttpServletRequest back = new MockHttpServletRequest("GET", "/avtaler");
        back.setSession(session);
        back.setQueryString(query);
        return cache.getMatchingRequest(back, new MockHttpServletResponse()) != null;
    }
}
