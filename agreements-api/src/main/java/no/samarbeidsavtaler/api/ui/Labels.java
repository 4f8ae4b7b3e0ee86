package no.samarbeidsavtaler.api.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.agreement.VersionStatus;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.projections.responsibility.PartyRole;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityState;
import org.springframework.stereotype.Component;

/** Bokmål words for the domain's enums, cells and dates; templates use it as {@code @labels}. */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm:ss");
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private static final Map<OfferingCategory, String> CATEGORIES = Map.of(
            OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP, "Kategori 1: ikke-diagnosespesifikke gruppetilbud",
            OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP, "Kategori 2: diagnosespesifikke gruppetilbud",
            OfferingCategory.PREVENTIVE_HEALTHY_LIFE, "Kategori 3: forebyggende tilbud / friskliv",
            OfferingCategory.MEETING_PLACE_SELF_HELP, "Kategori 4: møteplasser og selvhjelp",
            OfferingCategory.INDIVIDUAL_TRAINING, "Individuell opplæring");
    private static final Map<TargetGroup, String> TARGET_GROUPS = Map.of(
            TargetGroup.PATIENTS, "Pasienter", TargetGroup.RELATIVES, "Pårørende",
            TargetGroup.CHILDREN_AND_YOUTH, "Barn og unge", TargetGroup.PARENTS, "Foreldre",
            TargetGroup.ELDERLY, "Eldre", TargetGroup.MINORITY_LANGUAGE, "Minoritetsspråklige");
    private static final Map<PathwayPhase, String> PHASES = Map.of(
            PathwayPhase.PREVENTION, "Før diagnose (forebygging)", PathwayPhase.NEWLY_DIAGNOSED, "Nydiagnostisert",
            PathwayPhase.FOLLOW_UP_OVER_TIME, "Oppfølging over tid", PathwayPhase.LATER_PHASE, "Senere fase");
    private static final Map<ResponsibilityRole, String> ROLES = Map.of(
            ResponsibilityRole.RESPONSIBLE, "Ansvarlig", ResponsibilityRole.CONTRIBUTOR, "Bidragsyter",
            ResponsibilityRole.ADVISOR, "Rådgiver");
    private static final Map<AdoptionForum, String> FORUMS = Map.of(
            AdoptionForum.SAMHANDLINGSUTVALG, "Samhandlingsutvalg",
            AdoptionForum.HELSEFELLESSKAP_STRATEGIC_COMMITTEE, "Helsefellesskapets strategiske samarbeidsutvalg",
            AdoptionForum.MUNICIPAL_COUNCIL, "Kommunestyre", AdoptionForum.TRUST_BOARD, "Helseforetakets styre",
            AdoptionForum.OTHER, "Annet organ");
    private static final Map<AgreementKind, String> KINDS = Map.of(
            AgreementKind.OVERALL, "Overordnet samarbeidsavtale", AgreementKind.SUB_AGREEMENT, "Delavtale",
            AgreementKind.SPECIAL, "Særavtale");
    private static final Map<VersionStatus, String> STATUSES = Map.of(
            VersionStatus.DRAFT, "Utkast", VersionStatus.NEGOTIATED, "Forhandlet", VersionStatus.IN_FORCE, "I kraft",
            VersionStatus.SUPERSEDED, "Erstattet", VersionStatus.DISCARDED, "Forkastet");
    private static final Map<ResponsibilityState, String> STATES = Map.of(
            ResponsibilityState.RESPONSIBLE, "Ansvarlig", ResponsibilityState.SHARED, "Delt ansvar",
            ResponsibilityState.CONFLICT, "Konflikt", ResponsibilityState.IN_TRANSITION, "Under overgang",
            ResponsibilityState.GAP, "Ingen ansvarlig");
    private static final Map<String, String> ACTOR_ROLES = Map.of("secretary", "sekretariat", "manager", "leder",
            "auditor", "revisor", "admin", "administrator", "system", "system");
    private static final Map<PartyRole, String> PARTY_ROLES = Map.of(
            PartyRole.RESPONSIBLE, "Ansvarlig", PartyRole.TAKING_OVER, "Overtar", PartyRole.CONFLICTING,
            "Motstridende ansvar", PartyRole.CONTRIBUTOR, "Bidragsyter", PartyRole.ADVISOR, "Rådgiver");

    /** The {@code actorRole} of event metadata in words; unknown roles as recorded. */
    public String actorRole(String value) {
        return value == null ? "" : ACTOR_ROLES.getOrDefault(value.toLowerCase(Locale.ROOT), value);
    }

    public String category(OfferingCategory value) { return value == null ? "" : CATEGORIES.get(value); }
    public String targetGroup(TargetGroup value) { return value == null ? "" : TARGET_GROUPS.get(value); }
    public String phase(PathwayPhase value) { return value == null ? "" : PHASES.get(value); }
    public String role(ResponsibilityRole value) { return value == null ? "" : ROLES.get(value); }
    public String forum(AdoptionForum value) { return value == null ? "" : FORUMS.get(value); }
    public String kind(AgreementKind value) { return value == null ? "" : KINDS.get(value); }
    public String status(VersionStatus value) { return value == null ? "" : STATUSES.get(value); }
    public String state(ResponsibilityState value) { return value == null ? "" : STATES.get(value); }
    public String partyRole(PartyRole value) { return value == null ? "" : PARTY_ROLES.get(value); }

    /** A recording time in Norwegian local time, e.g. "18.6.2020 kl. 14:05". */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(NORWAY));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A cell in words, e.g. "Kategori 2: … · Nydiagnostisert · E11 Diabetes mellitus type 2"; "Alle tilbud" when open. */
    public String cell(Cell cell) {
        if (cell == null) {
            return "Alle tilbud";
        }
        List<String> parts = new ArrayList<>();
        if (cell.category() != null) {
            parts.add(category(cell.category()));
        }
        if (cell.diagnosisSpecific() != null && cell.category() == null) {
            parts.add(cell.diagnosisSpecific() ? "Diagnosespesifikt" : "Ikke diagnosespesifikt");
        }
        if (cell.condition() != null) {
            parts.add(cell.condition().code() + (cell.condition().label() == null ? "" : " " + cell.condition().label()));
        }
        if (cell.targetGroup() != null) {
            parts.add(targetGroup(cell.targetGroup()));
        }
        if (cell.pathwayPhase() != null) {
            parts.add(phase(cell.pathwayPhase()));
        }
        if (cell.programme() != null) {
            parts.add("Program: " + cell.programme());
        }
        return parts.isEmpty() ? "Alle tilbud" : String.join(" · ", parts);
    }

    public OfferingCategory[] categories() { return OfferingCategory.values(); }
    public TargetGroup[] targetGroups() { return TargetGroup.values(); }
    public PathwayPhase[] phases() { return PathwayPhase.values(); }
    public ResponsibilityRole[] roles() { return ResponsibilityRole.values(); }
    public AdoptionForum[] forums() { return AdoptionForum.values(); }
    public AgreementKind[] kinds() { return AgreementKind.values(); }
}
