package no.samarbeidsavtaler.projections.asrecorded;

import java.time.Instant;
import java.time.LocalDate;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;

/** @param version the version in force on {@code validOn}, {@code null} when none was (per that record) */
public record InForceAsRecorded(String agreementId, LocalDate validOn, Instant recordedAt, VersionView version) {
}
