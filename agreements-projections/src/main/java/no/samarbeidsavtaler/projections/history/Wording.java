package no.samarbeidsavtaler.projections.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samarbeidsavtaler.core.agreement.AdoptionForum;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.ResponsibilityRole;
import no.samarbeidsavtaler.core.party.PartyKind;
import no.samarbeidsavtaler.core.party.PartyRef;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityResolver;

/** The small bokmål phrases history sentences are made of: who, which party, which date, which role. */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<String, String> ROLES = Map.of("secretary", "Sekretær", "admin", "Administrator",
            "auditor", "Revisor", "manager", "Leder");
    private static final Map<AdoptionForum, String> FORUMS = Map.of(
            AdoptionForum.SAMHANDLINGSUTVALG, "samhandlingsutvalget",
            AdoptionForum.HELSEFELLESSKAP_STRATEGIC_COMMITTEE, "det strategiske samarbeidsutvalget i helsefellesskapet",
            AdoptionForum.MUNICIPAL_COUNCIL, "kommunestyret",
            AdoptionForum.TRUST_BOARD, "styret i helseforetaket",
            AdoptionForum.OTHER, "et annet organ");

    private final ResponsibilityResolver names;

    Wording(ResponsibilityResolver names) {
        this.names = names;
    }

    /** "Sekretær kari"; the role alone or "Ukjent bruker" when metadata is missing. */
    static String actor(String actorId, String actorRole) {
        String role = actorRole == null ? null
                : ROLES.getOrDefault(actorRole.toLowerCase(Locale.ROOT), capitalised(actorRole));
        if (actorId == null) {
            return role == null ? "Ukjent bruker" : role;
        }
        return role == null ? actorId : role + " " + actorId;
    }

    /** "Helse Fonna HF", "Bømlo kommune", "FFO". */
    String party(PartyRef party) {
        if (party == null) {
            return "ukjent part";
        }
        String name = names.partyName(party);
        return party.kind() == PartyKind.MUNICIPALITY ? name + " kommune" : name;
    }

    String trust(String orgnr) {
        return names.trustName(orgnr);
    }

    String municipality(String number) {
        return names.municipalityName(number);
    }

    static String date(LocalDate date) {
        return date == null ? "(uten dato)" : DATE.format(date);
    }

    static String forum(AdoptionForum forum) {
        return forum == null ? "et ukjent organ" : FORUMS.get(forum);
    }

    static String role(ResponsibilityRole role) {
        if (role == null) {
            return "en rolle";
        }
        return switch (role) {
            case RESPONSIBLE -> "ansvar";
            case CONTRIBUTOR -> "rollen som bidragsyter";
            case ADVISOR -> "rollen som rådgiver";
        };
    }

    static String kind(AgreementKind kind, String designation) {
        String d = designation == null || designation.isBlank() ? "" : " " + designation;
        if (kind == null) {
            return "avtalen" + d;
        }
        return switch (kind) {
            case OVERALL -> "overordnet samarbeidsavtale" + d;
            case SUB_AGREEMENT -> "delavtale" + d;
            case SPECIAL -> "særavtale" + d;
        };
    }

    /** "Bømlo", "Bømlo og Stord", "Bømlo, Stord og Fitjar". */
    String municipalities(List<String> numbers) {
        List<String> named = numbers.stream().map(this::municipality).toList();
        if (named.size() <= 1) {
            return String.join("", named);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " og " + named.get(named.size() - 1);
    }

    static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : " Begrunnelse: " + reason.strip();
    }

    private static String capitalised(String value) {
        return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
