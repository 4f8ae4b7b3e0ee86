package no.samarbeidsavtaler.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Spring Security's session request cache (which brings a browser back to the page it asked for before the login
 * form), answering "no saved request here" without parsing the URL when the query string cannot name the
 * {@code continue} parameter.
 *
 * <p>Why: {@link HttpSessionRequestCache#getMatchingRequest} is asked on every request, and for any request with a
 * query string it rebuilds the whole URL and parses its query parameters to look for {@code continue}. Every
 * responsibility question has a query string; in the benchmark's profile that parse was about 5 % of a
 * question's CPU. A parameter named {@code continue} can only be there if the raw query string contains that
 * word (the cache compares parameter names as sent, not decoded), so the answer is the same. Both the UI's chain
 * and the registry's use it.
 */
public final class QueryAwareRequestCache extends HttpSessionRequestCache {

    static final String MATCHING_PARAMETER = "continue";

    public QueryAwareRequestCache() {
        setMatchingRequestParameterName(MATCHING_PARAMETER);
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        if (query == null || !query.contains(MATCHING_PARAMETER)) {
            return null;
        }
        return super.getMatchingRequest(request, response);
    }
}
