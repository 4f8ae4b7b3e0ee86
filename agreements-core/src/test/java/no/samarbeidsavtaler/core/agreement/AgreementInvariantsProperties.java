package no.samarbeidsavtaler.core.agreement;

import static no.samarbeidsavtaler.core.agreement.AgreementTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import no.samarbeidsavtaler.core.agreement.RandomCommands.Step;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

/**
 * Random command sequences: every command either succeeds or is refused with a RuleViolation, the
 * invariants hold after every step, and replaying the stored events rebuilds the live state exactly.
 */
class AgreementInvariantsProperties {

    private static final ParameterResolverFactory RESOLVERS = MultiParameterResolverFactory.ordered(
            ClasspathParameterResolverFactory.forClass(Agreement.class),
            new SimpleResourceParameterResolverFactory(Set.of(new FakePartyCatalogue())));

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 5);
        // Weighted towards the lifecycle so that many scripts get versions into force and open new drafts.
        int[] weights = {4, 6, 2, 1, 6, 2, 1, 3, 3, 3, 3, 2, 1, 1, 1, 3};
        List<Tuple.Tuple2<Integer, Integer>> kinds = new ArrayList<>();
        for (int kind = 0; kind < RandomCommands.KINDS; kind++) {
            kinds.add(Tuple.of(weights[kind], kind));
        }
        return Combinators.combine(Arbitraries.frequency(kinds), small, small, small)
                .as(Step::new).list().ofMinSize(5).ofMaxSize(45);
    }

    @Property(tries = 150)
    void randomCommandSequencesKeepTheInvariants(@ForAll("scripts") List<Step> script) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        // Cached: commands run on one live instance, so the final comparison with a replay means something.
        EventSourcingRepository<Agreement> live = EventSourcingRepository.builder(Agreement.class).eventStore(store)
                .cache(new WeakReferenceCache()).parameterResolverFactory(RESOLVERS).build();
        CommandGateway gateway = gateway(live);
        gateway.sendAndWait(new RegisterAgreement(AGREEMENT, AgreementKind.SUB_AGREEMENT, "2", "LMS", HELSE_FONNA_ORGNR,
                List.of(HAUGESUND, KARMOY, STORD), null, List.of(2), List.of("diabetesforbundet")));
        Map<Integer, String> frozenText = new HashMap<>();
        Agreement state = load(live);
        for (Step step : script) {
            for (Object command : RandomCommands.commandsFor(step, state.versions.size())) {
                sendExpectingSuccessOrRuleViolation(gateway, command);
                state = load(live);
                checkInvariants(state, frozenText);
            }
        }
        EventSourcingRepository<Agreement> replay = EventSourcingRepository.builder(Agreement.class).eventStore(store)
                .parameterResolverFactory(RESOLVERS).build();
        assertThat(load(replay)).usingRecursiveComparison().isEqualTo(state);
        Statistics.label("versions").collect(state.versions.size());
        boolean reachedInForce = state.versions.stream().anyMatch(v -> v.effectiveFrom() != null);
        Statistics.label("reached in force").collect(reachedInForce);
        Statistics.label("reached in force").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    private static void sendExpectingSuccessOrRuleViolation(CommandGateway gateway, Object command) {
        try {
            gateway.sendAndWait(command);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
            assertThat(cause).as("refusal of %s", command).isInstanceOf(RuleViolation.class);
        }
    }

    private static void checkInvariants(Agreement agreement, Map<Integer, String> frozenText) {
        List<AgreementVersion> versions = agreement.versions;
        assertThat(versions.stream().filter(v -> v.status().isOpen())).as("open versions").hasSizeLessThanOrEqualTo(1);
        assertThat(versions.stream().filter(v -> v.status() == VersionStatus.IN_FORCE)).as("in force").hasSizeLessThanOrEqualTo(1);
        for (AgreementVersion version : versions) {
            if (version.status() == VersionStatus.IN_FORCE) {
                assertThat(version.adoptions().keySet()).containsAll(List.of(HELSE_FONNA_ORGNR, HAUGESUND, KARMOY, STORD));
                assertThat(version.signatures().keySet()).containsAll(List.of(HELSE_FONNA_ORGNR, HAUGESUND, KARMOY, STORD));
            }
            if (version.status() != VersionStatus.DRAFT) {
                String text = text(version);
                assertThat(frozenText.computeIfAbsent(version.number(), n -> text)).as("text of version %s", version.number())
                        .isEqualTo(text);
            }
            assertNoUnsharedDoubleResponsibility(version, agreement.municipalities);
        }
    }

    /** Independent of the production check: group by (cell, municipality) and look at each group. */
    private static void assertNoUnsharedDoubleResponsibility(AgreementVersion version, List<String> all) {
        Map<String, List<Assignment>> groups = new HashMap<>();
        version.assignments().filter(a -> a.terms().role() == ResponsibilityRole.RESPONSIBLE).forEach(a -> {
            List<String> covered = a.terms().municipalities().isEmpty() ? all : a.terms().municipalities();
            covered.forEach(m -> groups.computeIfAbsent(a.terms().cell() + "@" + m, k -> new ArrayList<>()).add(a));
        });
        groups.forEach((key, group) -> {
            if (group.size() > 1) {
                Set<Object> leads = group.stream().map(a -> String.valueOf(a.terms().sharedLead())).collect(Collectors.toSet());
                assertThat(leads).as("leads for %s", key).hasSize(1).doesNotContain("null");
                assertThat(group).as("lead among responsible for %s", key)
                        .anyMatch(a -> a.terms().party().equals(group.get(0).terms().sharedLead()));
            }
        });
    }

    /** The text of a version; confirming an offering established is a fact, not text, so it is left out. */
    private static String text(AgreementVersion version) {
        return version.clauses().stream().map(c -> c.clauseId() + c.number() + c.title() + c.text() + c.withdrawn()
                + c.assignments().stream().map(a -> a.assignmentId() + a.terms() + a.transitionFrom()).toList())
                .collect(Collectors.joining("|"));
    }

    private static CommandGateway gateway(EventSourcingRepository<Agreement> repository) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Agreement>builder().aggregateType(Agreement.class).repository(repository)
                .parameterResolverFactory(RESOLVERS).build().subscribe(bus);
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private static Agreement load(EventSourcingRepository<Agreement> repository) {
        return DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> repository.load(AGREEMENT).invoke(Function.identity())).getPayload();
    }
}
