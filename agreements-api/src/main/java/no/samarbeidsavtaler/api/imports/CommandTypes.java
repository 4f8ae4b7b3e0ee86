package no.samarbeidsavtaler.api.imports;

import java.util.Map;
import java.util.Optional;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.AgreeReviewDate;
import no.samarbeidsavtaler.core.agreement.commands.AmendClause;
import no.samarbeidsavtaler.core.agreement.commands.AmendResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.AssignResponsibility;
import no.samarbeidsavtaler.core.agreement.commands.ConfirmOfferingEstablished;
import no.samarbeidsavtaler.core.agreement.commands.CorrectAdoption;
import no.samarbeidsavtaler.core.agreement.commands.CorrectEffectiveDate;
import no.samarbeidsavtaler.core.agreement.commands.CorrectSignature;
import no.samarbeidsavtaler.core.agreement.commands.DiscardVersion;
import no.samarbeidsavtaler.core.agreement.commands.MarkVersionNegotiated;
import no.samarbeidsavtaler.core.agreement.commands.OpenDraftVersion;
import no.samarbeidsavtaler.core.agreement.commands.PutVersionIntoForce;
import no.samarbeidsavtaler.core.agreement.commands.RecordAdoption;
import no.samarbeidsavtaler.core.agreement.commands.RecordSignature;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.agreement.commands.TerminateAgreement;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawClause;
import no.samarbeidsavtaler.core.agreement.commands.WithdrawResponsibility;
import no.samarbeidsavtaler.core.agreement.events.DraftVersionOpened;

/**
 * The commands a bundle may contain (a closed list: a bundle never names a class to load) and the event
 * each one records. Every event but {@code VersionSuperseded} (a consequence of putting a later version
 * into force) and the first {@code DraftVersionOpened} (see {@link #consequence}) has exactly one command, with the same fields or a subset of them.
 */
final class CommandTypes {

    /** Event simple name → command class. */
    static final Map<String, Class<?>> BY_EVENT = Map.ofEntries(
            Map.entry("AgreementRegistered", RegisterAgreement.class),
            Map.entry("DraftVersionOpened", OpenDraftVersion.class),
            Map.entry("ClauseAdded", AddClause.class),
            Map.entry("ClauseAmended", AmendClause.class),
            Map.entry("ClauseWithdrawn", WithdrawClause.class),
            Map.entry("ResponsibilityAssigned", AssignResponsibility.class),
            Map.entry("ResponsibilityAmended", AmendResponsibility.class),
            Map.entry("ResponsibilityWithdrawn", WithdrawResponsibility.class),
            Map.entry("OfferingEstablishmentConfirmed", ConfirmOfferingEstablished.class),
            Map.entry("VersionNegotiated", MarkVersionNegotiated.class),
            Map.entry("VersionAdopted", RecordAdoption.class),
            Map.entry("VersionSigned", RecordSignature.class),
            Map.entry("VersionEnteredIntoForce", PutVersionIntoForce.class),
            Map.entry("AdoptionCorrected", CorrectAdoption.class),
            Map.entry("SignatureCorrected", CorrectSignature.class),
            Map.entry("EffectiveDateCorrected", CorrectEffectiveDate.class),
            Map.entry("VersionDiscarded", DiscardVersion.class),
            Map.entry("ReviewDateAgreed", AgreeReviewDate.class),
            Map.entry("AgreementTerminated", TerminateAgreement.class));

    private CommandTypes() {
    }

    /**
     * Events no command of their own produces: registering an agreement also opens its draft version 1
     * (only later drafts come from {@code OpenDraftVersion}). {@code VersionSuperseded} has no entry at all.
     */
    static boolean consequence(Object event) {
        return event instanceof DraftVersionOpened opened && opened.version() == 1;
    }

    /** The command class of a bundle's {@code type}, when it is one of ours. */
    static Optional<Class<?>> command(String type) {
        return BY_EVENT.values().stream().filter(c -> c.getSimpleName().equals(type)).findFirst();
    }
}
