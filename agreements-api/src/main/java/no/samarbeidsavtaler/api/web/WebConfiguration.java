package no.samarbeidsavtaler.api.web;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import no.samarbeidsavtaler.api.idempotency.IdempotencyFilter;
import no.samarbeidsavtaler.api.idempotency.IdempotencyProperties;
import no.samarbeidsavtaler.api.idempotency.IdempotencyStore;
import no.samarbeidsavtaler.api.problems.ProblemResponseWriter;
import no.samarbeidsavtaler.api.security.AuditReadInterceptor;
import no.samarbeidsavtaler.api.security.AuditReadLog;
import no.samarbeidsavtaler.infra.config.MongoStoreConfiguration.RegistryStore;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The servlet filters around the API and where they sit relative to Spring Security's chain
 * ({@link SecurityProperties#DEFAULT_FILTER_ORDER}): the size limit before it (an oversized body is
 * refused before anyone reads it), idempotency after it (keys are per logged-in user).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ApiProperties.class, IdempotencyProperties.class})
public class WebConfiguration implements WebMvcConfigurer {

    static final int SIZE_LIMIT_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 50;
    static final int IDEMPOTENCY_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 50;

    private final AuditReadLog auditReadLog;

    public WebConfiguration(AuditReadLog auditReadLog) {
        this.auditReadLog = auditReadLog;
    }

    @Bean
    public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ApiProperties properties,
                                                                                 ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), problems));
        registration.setOrder(SIZE_LIMIT_ORDER);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<JsonBodyEncodingFilter> jsonBodyEncodingFilter(ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(new JsonBodyEncodingFilter(problems));
        registration.setOrder(SIZE_LIMIT_ORDER + 1);
        return registration;
    }

    @Bean
    public IdempotencyStore idempotencyStore(MongoDatabase database, IdempotencyProperties properties, RegistryStore store) {
        IdempotencyStore idempotency = new IdempotencyStore(database, properties, Clock.systemUTC());
        if (!store.embedded()) {
            idempotency.ensureTtlIndex();
        }
        return idempotency;
    }

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, problems));
        registration.setOrder(IDEMPOTENCY_ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Every page and API read, the browser UI's audit views included; not assets or documentation.
        registry.addInterceptor(new AuditReadInterceptor(auditReadLog)).addPathPatterns("/**")
                .excludePathPatterns("/css/**", "/js/**", "/favicon.ico", "/swagger-ui/**", "/swagger-ui.html",
                        "/v3/api-docs/**", "/error", "/actuator/**", CsrfTokenController.PATH);
    }
}
