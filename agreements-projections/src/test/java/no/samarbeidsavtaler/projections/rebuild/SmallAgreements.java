package no.samarbeidsavtaler.projections.rebuild;

import java.util.ArrayList;
import java.util.List;
import no.samarbeidsavtaler.core.agreement.AgreementKind;
import no.samarbeidsavtaler.core.agreement.commands.AddClause;
import no.samarbeidsavtaler.core.agreement.commands.AmendClause;
import no.samarbeidsavtaler.core.agreement.commands.RegisterAgreement;
import no.samarbeidsavtaler.core.agreement.demo.HelseFonna2016;

/** Quick, valid command sequences for many agreements of Helse Fonna. */
public final class SmallAgreements {

    private SmallAgreements() {
    }

    public static List<Object> registration(String agreementId, int clauses) {
        List<Object> commands = new ArrayList<>();
        commands.add(new RegisterAgreement(agreementId, AgreementKind.SUB_AGREEMENT, "3", "Avtale " + agreementId,
                HelseFonna2016.HELSE_FONNA_HF, List.of("1106", "4611"), null, List.of(2), List.of()));
        for (int i = 1; i <= clauses; i++) {
            commands.add(new AddClause(agreementId, 1, agreementId + "-" + i, String.valueOf(i), "Punkt " + i, "Tekst"));
        }
        return commands;
    }

    public static AmendClause amendment(String agreementId, int clause, int revision) {
        return new AmendClause(agreementId, 1, agreementId + "-" + clause, String.valueOf(clause), "Punkt " + clause,
                "Tekst, revisjon " + revision);
    }
}
