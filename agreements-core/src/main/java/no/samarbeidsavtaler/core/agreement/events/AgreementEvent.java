package no.samarbeidsavtaler.core.agreement.events;

/**
 * Every fact recorded about an agreement. Event classes are top-level records in this package:
 * their fully qualified names are stored in the event store and must never change (use
 * {@code @Revision} and an upcaster instead).
 */
public interface AgreementEvent {

    String agreementId();
}
