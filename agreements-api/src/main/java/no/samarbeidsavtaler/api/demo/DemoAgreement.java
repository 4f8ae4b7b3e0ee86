package no.samarbeidsavtaler.api.demo;

import java.util.List;

/** One demo agreement: its fixed id (what makes loading idempotent) and the commands that record it, in order. */
record DemoAgreement(String agreementId, String description, List<Object> commands) {

    DemoAgreement {
        commands = List.copyOf(commands);
    }
}
