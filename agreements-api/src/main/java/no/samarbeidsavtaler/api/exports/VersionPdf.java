package no.samarbeidsavtaler.api.exports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.samarbeidsavtaler.api.ui.Labels;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;

/**
 * A version as PDF: {@link VersionHtml} rendered by openhtmltopdf. The built-in PDF fonts cover
 * Latin-1 (æøå, §), which is all the registry's Norwegian text needs. No base URI: nothing is fetched.
 */
public final class VersionPdf {

    private VersionPdf() {
    }

    public static byte[] write(AgreementView agreement, VersionView version, Labels labels, PartyNames names) {
        String html = VersionHtml.of(agreement, version, labels, names);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
