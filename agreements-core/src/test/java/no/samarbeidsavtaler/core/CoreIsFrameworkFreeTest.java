package no.samarbeidsavtaler.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * agreements-core holds the rules; it must stay runnable without Spring, MongoDB or our outer
 * modules, so the domain can be tested with Axon fixtures alone and moved to any infrastructure.
 */
class CoreIsFrameworkFreeTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.samarbeidsavtaler.core");

    @Test
    void coreDoesNotDependOnSpring() {
        noClasses().that().resideInAPackage("no.samarbeidsavtaler.core..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(core);
    }

    @Test
    void coreDoesNotDependOnMongoDb() {
        noClasses().that().resideInAPackage("no.samarbeidsavtaler.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "de.bwaldvogel..")
                .check(core);
    }

    @Test
    void coreDoesNotDependOnOuterModules() {
        noClasses().that().resideInAPackage("no.samarbeidsavtaler.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "no.samarbeidsavtaler.projections..", "no.samarbeidsavtaler.infra..", "no.samarbeidsavtaler.api..")
                .check(core);
    }
}
