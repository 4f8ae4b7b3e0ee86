package no.samarbeidsavtaler.api.ui.responsibility;

import java.time.LocalDate;
import java.util.List;
import no.samarbeidsavtaler.projections.responsibility.ResponsibilityState;

/**
 * One answer for a group of municipalities that got the same answer from the same clauses.
 *
 * @param heading       the answer in one sentence, e.g. "Kommunen selv har ansvaret"
 * @param municipalities names of the municipalities the card answers for
 * @param sources       the clauses the answer rests on (those naming the responsible parties), quoted
 * @param others        contributors and advisors, as "Bidragsyter: FFO"
 * @param related       the clauses naming those contributors and advisors
 * @param notes         why there is a gap or a conflict: deviations, narrower or set-aside assignments
 */
public record AnswerCard(ResponsibilityState state, String heading, List<String> municipalities, List<Source> sources,
                         List<String> others, List<Source> related, List<String> notes) {

    /**
     * The clause an answer rests on, with its text and the decisions that adopted the version.
     *
     * @param url link to the clause on its version page
     */
    public record Source(String agreementTitle, int version, LocalDate effectiveFrom, String clauseNumber,
                         String clauseTitle, String clauseText, String url, List<String> decisions) {
    }
}
