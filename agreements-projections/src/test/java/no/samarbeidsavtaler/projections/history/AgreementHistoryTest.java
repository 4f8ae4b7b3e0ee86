package no.samarbeidsavtaler.projections.history;

import static no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016.AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samarbeidsavtaler.core.agreement.AuditMetaData;
import no.samarbeidsavtaler.core.agreement.commands.CorrectEffectiveDate;
import no.samarbeidsavtaler.projections.agreementview.LifecycleScenario;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgreementHistoryTest {

    private AuditedRegistry registry;
    private AgreementHistoryQueries queries;

    @BeforeEach
    void record() {
        registry = AuditedRegistry.start();
        registry.sendAll(LifecycleScenario.all());
        queries = new AgreementHistoryQueries(registry.eventStore(), AuditedRegistry.parties(), EventPositions.UNKNOWN);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private List<HistoryEntry> history() {
        return queries.handle(new FindAgreementHistory(AGREEMENT_ID)).orElseThrow().entries();
    }

    private List<String> sentences(String type) {
        return history().stream().filter(e -> e.type().equals(type)).map(HistoryEntry::sentence).toList();
    }

    @Test
    void everyEventTypeOfTheCoreHasASentenceOfItsOwn() throws Exception {
        Set<Class<?>> types = new HashSet<>(EventClasses.all());

        assertThat(types).hasSizeGreaterThanOrEqualTo(19);
        assertThat(HistoryNarrator.describedTypes()).isEqualTo(types);
    }

    @Test
    void theScenarioTellsEveryEventTypeWithoutTheNeutralFallback() throws Exception {
        Set<String> told = history().stream().map(HistoryEntry::type).collect(Collectors.toSet());

        assertThat(told).isEqualTo(EventClasses.all().stream().map(Class::getSimpleName).collect(Collectors.toSet()));
        assertThat(history()).noneMatch(e -> e.sentence().contains("registrerte hendelsen"));
        assertThat(history()).extracting(HistoryEntry::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, history().size()).boxed().toList());
    }

    @Test
    void sentencesNameTheActorThePartiesTheClausesAndWhatACorrectionChanged() {
        assertThat(sentences("AgreementRegistered")).containsExactly("Sekretær kari registrerte delavtale 2 "
                + "«Lærings- og mestringstilbud i Helse Fonna etter 2016» mellom Helse Fonna HF og 16 kommuner");
        assertThat(sentences("ClauseAdded")).contains(
                "Sekretær kari la til punkt 1 «Fagnettverk for læring og mestring» i versjon 1",
                "Sekretær kari la til punkt 8 «Evaluering» i versjon 2");
        assertThat(sentences("ClauseWithdrawn")).containsExactly("Sekretær kari tok ut punkt 5 «Overgang» fra versjon 2");
        assertThat(sentences("ResponsibilityAssigned")).contains(
                "Sekretær kari ga Bømlo kommune ansvar for frisklivstilbud i punkt 4, versjon 1. "
                        + "Vilkår: Eventuelt i interkommunalt samarbeid",
                "Sekretær kari ga Haugesund kommune ansvar for diagnosespesifikke gruppetilbud for nydiagnostiserte "
                        + "i punkt 3, versjon 2, med overgangsordning: Helse Fonna HF har ansvaret til tilbudet er "
                        + "etablert, senest til 31.12.2019");
        assertThat(sentences("VersionAdopted")).contains(
                "Helse Fonna HF vedtok versjon 1 i samhandlingsutvalget (sak SU-2016-09, 29.09.2016)",
                "Haugesund kommune vedtok versjon 2 i kommunestyret (sak PS 17/98, 01.12.2017), med avvik for "
                        + "punkt 2 («Haugesund driver blandede grupper interkommunalt»)");
        assertThat(sentences("AdoptionCorrected")).containsExactly("Rettelse: vedtaket for Haugesund kommune i "
                + "versjon 2 endret til PS 17/99, 30.11.2017 (var PS 17/98, 01.12.2017). Begrunnelse: Feil saksnummer");
        assertThat(sentences("SignatureCorrected")).containsExactly("Rettelse: signaturen for Helse Fonna HF i versjon 2 endret til Administrerende direktør, 06.12.2017 (var Signatar "
                + "983974694, 05.12.2017). Begrunnelse: Feil signatar");
        assertThat(sentences("EffectiveDateCorrected")).containsExactly("Rettelse: ikrafttredelsesdato for versjon 2 "
                + "endret fra 01.01.2018 til 02.01.2018. Begrunnelse: Feil dato");
        assertThat(sentences("VersionSuperseded")).containsExactly("Versjon 1 ble avløst av versjon 2 fra 01.01.2018");
        assertThat(sentences("VersionEnteredIntoForce")).contains("Versjon 1 trådte i kraft 01.10.2016");
        assertThat(sentences("OfferingEstablishmentConfirmed")).containsExactly("Sekretær kari bekreftet at tilbudet "
                + "der Haugesund kommune har ansvar for diagnosespesifikke gruppetilbud for nydiagnostiserte (punkt 3, "
                + "versjon 2) er etablert fra 01.03.2019; helseforetakets overgangsansvar opphører");
        assertThat(sentences("ResponsibilityWithdrawn")).containsExactly("Sekretær kari fjernet ansvarsfordelingen der "
                + "Funksjonshemmedes fellesorganisasjon (FFO) har rollen som bidragsyter for alle lærings- og mestringstilbud fra punkt 1, versjon 2");
        assertThat(sentences("VersionDiscarded")).containsExactly("Sekretær kari forkastet versjon 3. "
                + "Begrunnelse: Ikke enighet");
    }

    @Test
    void actorRoleReasonCaseAndRecordTimeComeFromTheEventsMetadata() {
        registry.close();
        registry = AuditedRegistry.start();
        registry.sendAll(LifecycleScenario.untilVersion2InForce());
        queries = new AgreementHistoryQueries(registry.eventStore(), AuditedRegistry.parties(), EventPositions.UNKNOWN);
        Instant recordedAt = Instant.parse("2019-06-01T10:15:30Z");
        registry.at(recordedAt).as("ola", "admin").send(new CorrectEffectiveDate(AGREEMENT_ID, 2,
                LocalDate.of(2018, 1, 3), "Vedtaket sier 3. januar"), Map.of(AuditMetaData.REASON, "Melding fra kommunen",
                AuditMetaData.CASE_REFERENCE, "16/123"));

        HistoryEntry last = history().get(history().size() - 1);

        assertThat(last.actorId()).isEqualTo("ola");
        assertThat(last.actorRole()).isEqualTo("admin");
        assertThat(last.reason()).isEqualTo("Melding fra kommunen");
        assertThat(last.caseReference()).isEqualTo("16/123");
        assertThat(last.recordedAt()).isEqualTo(recordedAt);
        assertThat(last.sentence()).isEqualTo("Rettelse: ikrafttredelsesdato for versjon 2 endret fra 01.01.2018 til "
                + "03.01.2018. Begrunnelse: Vedtaket sier 3. januar");
        assertThat(history().get(0).actorId()).isEqualTo("kari");
        assertThat(history().get(0).reason()).isNull();
    }

    @Test
    void positionsComeFromTheStoreWhenItKnowsThem() {
        AgreementHistoryQueries withPositions = new AgreementHistoryQueries(registry.eventStore(),
                AuditedRegistry.parties(), (id, sequences) -> sequences.stream()
                .collect(Collectors.toMap(s -> s, s -> 1000 + s)));

        List<HistoryEntry> entries = withPositions.handle(new FindAgreementHistory(AGREEMENT_ID)).orElseThrow().entries();

        assertThat(entries.get(0).position()).isEqualTo(1000L);
        assertThat(entries.get(5).position()).isEqualTo(1005L);
        assertThat(history().get(0).position()).isNull();
    }

    @Test
    void aSnapshotDoesNotHideTheEventsBeforeIt() {
        registry.eventStore().storeSnapshot(new GenericDomainEventMessage<>("Agreement", AGREEMENT_ID, 40, "snapshot"));

        assertThat(history().get(0).type()).isEqualTo("AgreementRegistered");
        assertThat(registry.eventStore().readEvents(AGREEMENT_ID).next().getSequenceNumber())
                .as("the one-argument read starts at the snapshot").isEqualTo(40);
    }

    @Test
    void anUnknownAgreementHasNoHistory() {
        assertThat(queries.handle(new FindAgreementHistory("no-such-agreement"))).isEmpty();
    }

    @Test
    void reviewDatesAreToldWithTheDateTheyReplace() {
        assertThat(sentences("ReviewDateAgreed")).containsExactly(
                "Sekretær kari registrerte at partene har avtalt revisjon av avtalen innen 30.09.2020",
                "Sekretær kari registrerte at partene har avtalt revisjon av avtalen innen 30.06.2021 "
                        + "(tidligere avtalt 30.09.2020)");
    }

    @Test
    void terminationIsToldWithItsDateAndReason() {
        assertThat(sentences("AgreementTerminated")).containsExactly("Sekretær kari registrerte at avtalen er sagt opp "
                + "fra 31.12.2024. Begrunnelse: Erstattet av helsefellesskapets avtale");
    }
}
