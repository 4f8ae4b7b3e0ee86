package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeidsavtaler.api.RunningRegistry;
import no.samarbeidsavtaler.api.support.UsesSharedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;

/** The running app's filter chain really uses our firewall rules and request cache (not Spring's defaults). */
@ExtendWith(UsesSharedRegistry.class)
class SecurityWiringTest {

    static RunningRegistry registry;

    @Test
    void theFilterChainUsesTheAppsFirewallAndRequestCache() {
        // Spring Security 6.5 wraps the FilterChainProxy that WebSecurity built in composites (one for Spring MVC);
        // the firewall that checks requests is the built one's, so find every proxy inside the registered bean.
        List<FilterChainProxy> built = proxiesWithChains(registry.bean(FilterChainProxy.class));
        assertThat(built).isNotEmpty().allSatisfy(proxy ->
                assertThat(ReflectionTestUtils.getField(proxy, "firewall")).isSameAs(registry.bean(StrictHttpFirewall.class)));

        List<Filter> cacheFilters = built.stream().flatMap(proxy -> proxy.getFilterChains().stream())
                .flatMap(chain -> chain.getFilters().stream()).filter(RequestCacheAwareFilter.class::isInstance).toList();
        // The stateless documentation chain keeps no requests (NullRequestCache); no chain keeps Spring's parsing one.
        List<Class<?>> caches = cacheFilters.stream().map(f -> ReflectionTestUtils.getField(f, "requestCache").getClass())
                .<Class<?>>map(c -> c).toList();
        assertThat(caches).contains(QueryAwareRequestCache.class).doesNotContain(HttpSessionRequestCache.class);
    }

    private static List<FilterChainProxy> proxiesWithChains(Object root) {
        List<FilterChainProxy> found = new ArrayList<>();
        walk(root, found, new IdentityHashMap<>(), 0);
        return found;
    }

    /** Follows Filter-typed fields and collections of filters, a few levels deep. */
    private static void walk(Object node, List<FilterChainProxy> found, Map<Object, Boolean> seen, int depth) {
        if (node == null || depth > 4 || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> walk(item, found, seen, depth + 1));
            return;
        }
        if (!(node instanceof Filter)) {
            return;
        }
        if (node.getClass() == FilterChainProxy.class && ReflectionTestUtils.getField(node, "filterChains") instanceof List<?> chains
                && !chains.isEmpty()) {
            found.add((FilterChainProxy) node);
        }
        ReflectionUtils.doWithFields(node.getClass(), field -> {
            if (!Modifier.isStatic(field.getModifiers())) {
                ReflectionUtils.makeAccessible(field);
                walk(field.get(node), found, seen, depth + 1);
            }
        }, (Field field) -> Filter.class.isAssignableFrom(field.getType()) || Collection.class.isAssignableFrom(field.getType()));
    }
}
