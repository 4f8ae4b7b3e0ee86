package no.samarbeidsavtaler.api.ui.responsibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samarbeidsavtaler.api.ui.KnownConditions;
import no.samarbeidsavtaler.core.agreement.cell.Cell;
import no.samarbeidsavtaler.core.agreement.cell.OfferingCategory;
import no.samarbeidsavtaler.core.agreement.cell.PathwayPhase;
import no.samarbeidsavtaler.core.agreement.cell.TargetGroup;
import no.samarbeidsavtaler.core.party.HealthTrust;
import no.samarbeidsavtaler.core.party.Municipality;
import no.samarbeidsavtaler.core.party.PartyCatalogue;
import org.springframework.stereotype.Component;

/**
 * A keyword parser from a bokmål question to facet filters: no language model, just the words people
 * use for the registry's facets. Longer phrases win over the words inside them ("diabetes type 1" over
 * "diabetes"). Municipality names count only when written with a capital letter, because several are
 * ordinary words too (Time, Sola, Moss, Hå).
 */
@Component
public final class QuestionParser {

    /** In order of precedence: the first word found decides the facet. */
    private static final List<Map.Entry<String, PathwayPhase>> PHASES = List.of(
            Map.entry("nydiagnostiser", PathwayPhase.NEWLY_DIAGNOSED), Map.entry("nyoppdage", PathwayPhase.NEWLY_DIAGNOSED),
            Map.entry("nylig diagnostiser", PathwayPhase.NEWLY_DIAGNOSED), Map.entry("senere fase", PathwayPhase.LATER_PHASE),
            Map.entry("oppfølging", PathwayPhase.FOLLOW_UP_OVER_TIME), Map.entry("forebygg", PathwayPhase.PREVENTION));
    private static final List<Map.Entry<String, OfferingCategory>> CATEGORIES = List.of(
            Map.entry("friskliv", OfferingCategory.PREVENTIVE_HEALTHY_LIFE),
            Map.entry("møteplass", OfferingCategory.MEETING_PLACE_SELF_HELP),
            Map.entry("selvhjelp", OfferingCategory.MEETING_PLACE_SELF_HELP),
            Map.entry("individuell", OfferingCategory.INDIVIDUAL_TRAINING),
            Map.entry("blandet gruppe", OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP),
            Map.entry("diagnoseuavhengig", OfferingCategory.NON_DIAGNOSIS_SPECIFIC_GROUP));
    private static final Map<String, TargetGroup> GROUPS = Map.of(
            "barn og unge", TargetGroup.CHILDREN_AND_YOUTH, "barn", TargetGroup.CHILDREN_AND_YOUTH,
            "ungdom", TargetGroup.CHILDREN_AND_YOUTH, "pårørende", TargetGroup.RELATIVES, "foreldre", TargetGroup.PARENTS,
            "eldre", TargetGroup.ELDERLY, "minoritetsspråklig", TargetGroup.MINORITY_LANGUAGE,
            "innvandrer", TargetGroup.MINORITY_LANGUAGE, "pasienter", TargetGroup.PATIENTS);
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b");
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final PartyCatalogue parties;

    public QuestionParser(PartyCatalogue parties) {
        this.parties = parties;
    }

    public ParsedQuestion parse(String question) {
        String original = question == null ? "" : question.strip();
        String text = " " + original.toLowerCase(Locale.ROOT).replaceAll("[?!,;:()«»\"]", " ") + " ";
        List<String> notes = new ArrayList<>();
        Cell cell = Cell.general();

        KnownConditions.Known condition = longestMatch(text);
        if (condition != null) {
            cell = cell.withCondition(condition.condition());
            notes.add("«" + condition.words().stream().filter(text::contains).findFirst().orElse("") + "» tolket som "
                    + condition.condition().code() + " " + condition.condition().label());
        }
        for (Map.Entry<String, PathwayPhase> e : PHASES) {
            if (text.contains(e.getKey()) && cell.pathwayPhase() == null) {
                cell = cell.withPathwayPhase(e.getValue());
                notes.add("«" + e.getKey() + "…» tolket som forløpsfase");
            }
        }
        for (Map.Entry<String, OfferingCategory> e : CATEGORIES) {
            if (text.contains(e.getKey()) && cell.category() == null) {
                cell = new Cell(e.getValue(), cell.diagnosisSpecific(), cell.condition(), cell.targetGroup(),
                        cell.pathwayPhase(), cell.programme());
                notes.add("«" + e.getKey() + "» tolket som kategori");
            }
        }
        if (cell.condition() != null && cell.category() == null) {
            // A diagnosis names a diagnosis-specific offering: kategori 2 in the registry's vocabulary.
            cell = new Cell(OfferingCategory.DIAGNOSIS_SPECIFIC_GROUP, cell.diagnosisSpecific(), cell.condition(),
                    cell.targetGroup(), cell.pathwayPhase(), cell.programme());
            notes.add("En diagnose gir kategori 2: diagnosespesifikke gruppetilbud");
        }
        TargetGroup group = GROUPS.entrySet().stream().filter(e -> text.contains(" " + e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length())).map(Map.Entry::getValue).orElse(null);
        if (group != null) {
            cell = cell.withTargetGroup(group);
            notes.add("Målgruppe tolket fra spørsmålet");
        }
        String trust = trust(text, notes);
        List<String> municipalities = municipalities(original, notes);
        return new ParsedQuestion(cell, trust, municipalities, date(original, notes), notes);
    }

    private static KnownConditions.Known longestMatch(String text) {
        KnownConditions.Known best = null;
        int bestLength = 0;
        for (KnownConditions.Known known : KnownConditions.ALL) {
            for (String word : known.words()) {
                if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find() && word.length() > bestLength) {
                    best = known;
                    bestLength = word.length();
                }
            }
        }
        return best;
    }

    private String trust(String text, List<String> notes) {
        for (HealthTrust trust : parties.healthTrusts()) {
            String name = trust.name().toLowerCase(Locale.ROOT).replace(" hf", "").strip();
            if (text.contains(" " + name + " ") || text.contains(" " + name + "s ")) {
                notes.add("«" + trust.name() + "» tolket som helseforetak");
                return trust.organisationNumber().value();
            }
        }
        return null;
    }

    private List<String> municipalities(String original, List<String> notes) {
        Set<String> found = new LinkedHashSet<>();
        for (Municipality m : parties.currentMunicipalities()) {
            Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(m.name()) + "(?![\\p{L}])").matcher(original);
            if (matcher.find() && !isTrustWord(original, matcher.start())) {
                found.add(m.number().value());
                notes.add("«" + m.name() + "» tolket som kommune " + m.number().value());
            }
        }
        return List.copyOf(found);
    }

    /** "Helse Stavanger" names the trust, not Stavanger kommune. */
    private static boolean isTrustWord(String original, int start) {
        String before = original.substring(0, start).toLowerCase(Locale.ROOT);
        return before.endsWith("helse ") || before.endsWith("sykehuset ") || before.endsWith("sykehuset i ");
    }

    private static LocalDate date(String original, List<String> notes) {
        Matcher matcher = DATE.matcher(original);
        if (matcher.find()) {
            try {
                LocalDate date = LocalDate.parse(matcher.group(1), NORWEGIAN_DATE);
                notes.add("Dato " + matcher.group(1));
                return date;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
