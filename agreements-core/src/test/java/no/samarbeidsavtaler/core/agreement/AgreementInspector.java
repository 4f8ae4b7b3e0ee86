package no.samarbeidsavtaler.core.agreement;

/** Lets tests in other packages read an aggregate's versions (the state helpers are protected). */
public final class AgreementInspector {

    private AgreementInspector() {
    }

    public static AgreementVersion version(Agreement agreement, int number) {
        return agreement.version(number).orElseThrow();
    }

    public static String summary(Agreement agreement) {
        return agreement.versions.toString() + "|" + agreement.terminated + "|" + agreement.municipalities;
    }
}
