package no.samarbeidsavtaler.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import no.samarbeidsavtaler.projections.agreementview.AgreementViewProjection;
import no.samarbeidsavtaler.projections.history.AgreementHistoryQueries;
import no.samarbeidsavtaler.projections.regionreports.RegionReportQueries;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityQueries;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

/** The UI declares a read model only when nobody else does, so there is never a second projection. */
class UiReadModelRegistrarTest {

    @Test
    void declaresTheMissingReadModels() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        new UiReadModelRegistrar().postProcessBeanDefinitionRegistry(beans);

        for (Class<?> type : new Class<?>[] {ResponsibilityReadModels.class, AgreementViewProjection.class,
                ResponsibilityQueries.class, RegionReportQueries.class, AgreementHistoryQueries.class}) {
            assertThat(beans.getBeanNamesForType(type, true, false)).as(type.getSimpleName()).hasSize(1);
        }
    }

    @Test
    void leavesReadModelsDeclaredElsewhereAlone() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("agreementViewProjection", new RootBeanDefinition(AgreementViewProjection.class));
        beans.registerBeanDefinition("agreementHistoryQueries", new RootBeanDefinition(AgreementHistoryQueries.class));
        new UiReadModelRegistrar().postProcessBeanDefinitionRegistry(beans);

        assertThat(beans.getBeanNamesForType(AgreementViewProjection.class, true, false)).containsExactly("agreementViewProjection");
        assertThat(beans.getBeanNamesForType(AgreementHistoryQueries.class, true, false)).containsExactly("agreementHistoryQueries");
        assertThat(beans.getBeanNamesForType(ResponsibilityQueries.class, true, false)).hasSize(1);
    }
}
