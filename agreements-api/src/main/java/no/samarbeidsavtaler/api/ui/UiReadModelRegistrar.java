package no.samarbeidsavtaler.api.ui;

import com.mongodb.client.MongoDatabase;
import java.util.function.Function;
import java.util.function.Supplier;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.history.AgreementHistoryQueries;
import no.samarbeidsavtaler.projections.history.EventPositions;
import no.samarbeidsavtaler.projections.regionreports.RegionReportQueries;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityReadModels;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.stereotype.Component;

/**
 * The read models the pages ask through Axon's query bus, for as long as the application's own read
 * model configuration does not declare them: each is registered only when no bean of its type is
 * defined after all configuration classes are parsed, so wiring them centrally later needs no change
 * here and never creates a second projection. Axon picks up their handlers as it does for any bean.
 */
@Component
public class UiReadModelRegistrar implements BeanDefinitionRegistryPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(UiReadModelRegistrar.class);
    private static final String READ_MODELS = "uiResponsibilityReadModels";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ListableBeanFactory beans = (ListableBeanFactory) registry;
        if (!defined(beans, ResponsibilityReadModels.class)) {
            registry.registerBeanDefinition(READ_MODELS, new RootBeanDefinition(ResponsibilityReadModels.class,
                    () -> new ResponsibilityReadModels(bean(registry, MongoDatabase.class), bean(registry, PartyCatalogue.class))));
        }
        registerIfMissing(registry, beans, AgreementViewProjection.class, m -> m.agreementViewProjection());
        registerIfMissing(registry, beans, ResponsibilityQueries.class, ResponsibilityReadModels::responsibilityQueries);
        registerIfMissing(registry, beans, RegionReportQueries.class, ResponsibilityReadModels::regionReportQueries);
        if (!defined(beans, AgreementHistoryQueries.class)) {
            register(registry, AgreementHistoryQueries.class, () -> new AgreementHistoryQueries(bean(registry, EventStore.class),
                    bean(registry, PartyCatalogue.class), EventPositions.UNKNOWN));
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // Definitions only.
    }

    private static <T> void registerIfMissing(BeanDefinitionRegistry registry, ListableBeanFactory beans, Class<T> type,
                                              Function<ResponsibilityReadModels, T> factory) {
        if (!defined(beans, type)) {
            register(registry, type, () -> factory.apply(bean(registry, ResponsibilityReadModels.class)));
        }
    }

    private static <T> void register(BeanDefinitionRegistry registry, Class<T> type, Supplier<T> supplier) {
        String name = "ui" + type.getSimpleName();
        registry.registerBeanDefinition(name, new RootBeanDefinition(type, supplier));
        log.info("Read model {} registered by the web UI (not declared elsewhere)", type.getSimpleName());
    }

    private static boolean defined(ListableBeanFactory beans, Class<?> type) {
        return beans.getBeanNamesForType(type, true, false).length > 0;
    }

    private static <T> T bean(BeanDefinitionRegistry registry, Class<T> type) {
        return ((ListableBeanFactory) registry).getBean(type);
    }
}
