package no.samarbeidsavtaler.api.exports;

import java.util.stream.Collectors;
import no.samarbeidsavtaler.api.ui.Labels;
import no.samarbeidsavtaler.api.ui.read.PartyNames;
import no.samarbeidsavtaler.projections.agreementview.AgreementView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AdoptionView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.AssignmentView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.ClauseView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.SignatureView;
import no.samarbeidsavtaler.projections.agreementview.AgreementView.VersionView;

/**
 * One version of an agreement as well-formed XHTML with Norwegian labels, the input of the PDF export.
 * Every recorded text is escaped: agreement text is data, never markup.
 */
final class VersionHtml {

    private VersionHtml() {
    }

    static String of(AgreementView a, VersionView v, Labels labels, PartyNames names) {
        StringBuilder h = new StringBuilder("""
                <html><head><meta charset="UTF-8"/><title>%s</title><style>
                body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; }
                table { border-collapse: collapse; width: 100%%; } td, th { border: 1px solid #888; padding: 3px; text-align: left; vertical-align: top; }
                </style></head><body>""".formatted(esc(a.title())));
        h.append("<h1>").append(esc(a.title())).append("</h1>");
        h.append("<p>").append(esc(labels.kind(a.kind())))
                .append(a.designation() == null ? "" : " " + esc(a.designation()))
                .append(" mellom ").append(esc(names.trust(a.healthTrust()))).append(" og ")
                .append(esc(a.municipalities().stream().map(names::municipality).collect(Collectors.joining(", "))))
                .append("</p>");
        h.append("<p>Avtale-ID: ").append(esc(a.agreementId())).append(". Versjon ").append(v.number())
                .append(" (").append(esc(labels.status(v.status()))).append(")");
        if (v.negotiatedOn() != null) {
            h.append(". Framforhandlet ").append(esc(labels.date(v.negotiatedOn())));
        }
        if (v.effectiveFrom() != null) {
            h.append(". Gjelder fra ").append(esc(labels.date(v.effectiveFrom())));
        }
        if (v.supersededOn() != null) {
            h.append(" til ").append(esc(labels.date(v.supersededOn())));
        }
        h.append(".</p>");
        h.append("<h2>Avtalepunkter</h2>");
        for (ClauseView c : (Iterable<ClauseView>) v.activeClauses()::iterator) {
            h.append("<h2>Punkt ").append(esc(c.number())).append(": ").append(esc(c.title())).append("</h2>");
            h.append("<p>").append(esc(c.text())).append("</p>");
            if (!c.assignments().isEmpty()) {
                h.append("<table><tr><th>Tilbud</th><th>Part</th><th>Rolle</th><th>Vilkår</th></tr>");
                for (AssignmentView as : c.assignments()) {
                    h.append("<tr><td>").append(esc(labels.cell(as.terms().cell()))).append("</td><td>")
                            .append(esc(names.party(as.terms().party()))).append("</td><td>")
                            .append(esc(labels.role(as.terms().role()))).append("</td><td>")
                            .append(esc(as.terms().conditions())).append("</td></tr>");
                }
                h.append("</table>");
            }
        }
        h.append("<h2>Vedtak</h2><table><tr><th>Part</th><th>Organ</th><th>Saksnummer</th><th>Dato</th></tr>");
        for (AdoptionView ad : v.adoptions()) {
            h.append("<tr><td>").append(esc(names.party(ad.party()))).append("</td><td>").append(esc(labels.forum(ad.forum())))
                    .append("</td><td>").append(esc(ad.caseNumber())).append("</td><td>").append(esc(labels.date(ad.decidedOn())))
                    .append("</td></tr>");
        }
        h.append("</table><h2>Signaturer</h2><table><tr><th>Part</th><th>Signert av</th><th>Dato</th></tr>");
        for (SignatureView s : v.signatures()) {
            h.append("<tr><td>").append(esc(names.party(s.party()))).append("</td><td>").append(esc(s.signatory()))
                    .append("</td><td>").append(esc(labels.date(s.signedOn()))).append("</td></tr>");
        }
        return h.append("</table></body></html>").toString();
    }

    /** XML escaping (named HTML entities such as &amp;aring; would not parse as XHTML). */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(ch) && ch != '\n' && ch != '\t' ? ' ' : ch);
            }
        }
        return out.toString();
    }
}
