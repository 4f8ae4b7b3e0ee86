package no.samarbeidsavtaler.api.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import no.samarbeidsavtaler.api.web.CsrfTokenController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Authentication and the HTTP-level protections. API clients use HTTP Basic (local users) or a
 * Bearer JWT (when OIDC is configured); the browser UI will use a session from the form login.
 * Which role may do what is decided by {@link AccessPolicy} in the controllers; here we only demand
 * a login. CSRF is enforced for cookie/session requests and skipped when the request carries its own
 * Authorization header, which a browser never attaches on its own to a cross-site request for us
 * (we never send a Basic challenge to a browser page, so it caches no Basic credentials).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    static final String CSP = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** Swagger UI sets inline styles and shows data: images; nothing else is relaxed. */
    static final String DOCS_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /**
     * No Micrometer observations around each security filter, the authentication and the authorisation: we
     * export no traces, and in the benchmark's profile the wrapping cost about a tenth of every request's
     * CPU. The HTTP request observation ({@code http.server.requests}) is off too, in application.properties.
     */
    @Bean
    public SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring's strict firewall and its rules, checked without a regex per header ({@link FirewallCharacterRules}).
     * Spring Security's {@code WebSecurity} takes the HttpFirewall bean (SecurityWiringTest checks it does).
     */
    @Bean
    public StrictHttpFirewall httpFirewall() {
        return FirewallCharacterRules.firewall();
    }

    /** The OpenAPI document and Swagger UI describe the API and hold no data: open to all, read-only. */
    @Bean
    @Order(1)
    public SecurityFilterChain documentation(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // GET only: nothing to forge
                .headers(h -> securityHeaders(h, DOCS_CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain registry(HttpSecurity http, ProblemResponseWriter writer, SecurityProperties properties,
                                        ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(writer, properties.realm(), decoder != null);
        ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(writer, problems);
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error", "/", "/index.html", "/css/**", "/js/**", "/favicon.ico", "/login").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(HttpMethod.GET, CsrfTokenController.PATH).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName(properties.realm()).authenticationEntryPoint(problems))
                .formLogin(withDefaults())
                .requestCache(c -> c.requestCache(new QueryAwareRequestCache()))
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::carriesItsOwnCredentials))
                // Registered as defaults (not as "the" entry point) so Spring still generates a login
                // page until the UI brings its own; the first one is also the fallback.
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problems, request -> !wantsHtmlPage(request))
                        .defaultAuthenticationEntryPointFor(loginPage, SecurityConfiguration::wantsHtmlPage)
                        .accessDeniedHandler(denied))
                .headers(h -> securityHeaders(h, CSP));
        if (decoder != null) {
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new JwtActorConverter(properties.oidc())))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(denied));
        }
        return http.build();
    }

    private static void securityHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
            String csp) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .frameOptions(f -> f.deny())
                .contentTypeOptions(withDefaults())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    static boolean carriesItsOwnCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    /** A browser navigating to a page (not the API) is sent to the login form instead of a 401. */
    static boolean wantsHtmlPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && !path.startsWith("/actuator/")
                && accept != null && accept.contains("text/html");
    }
}
