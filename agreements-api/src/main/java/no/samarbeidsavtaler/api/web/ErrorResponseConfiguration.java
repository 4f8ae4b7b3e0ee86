package no.samarbeidsavtaler.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors raised before Spring MVC also leave as problem+json: Tomcat's refusals through
 * {@link ProblemErrorReportValve}, the security firewall's through {@link ProblemRequestRejectedHandler}.
 * Errors inside the application (a filter's {@code sendError} included) reach {@code /error}, which
 * {@code ProblemErrorController} answers.
 */
@Configuration(proxyBeanMethods = false)
public class ErrorResponseConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportCustomizer(
            ObjectProvider<ObjectMapper> objectMapper) {
        // Spring's mapper (ProblemDetail mixin, our settings), resolved when the first error is reported.
        return new ProblemErrorReportCustomizer(objectMapper::getObject);
    }

    /** Picked up by Spring Security's {@code WebSecurityConfiguration} for the filter chain proxy. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemResponseWriter writer) {
        return new ProblemRequestRejectedHandler(writer);
    }
}
