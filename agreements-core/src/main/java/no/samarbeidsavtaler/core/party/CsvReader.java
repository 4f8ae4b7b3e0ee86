package no.samarbeidsavtaler.core.party;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 CSV reader for the bundled reference data.
 *
 * <p>Why hand-written: agreements-core deliberately has no runtime libraries besides Axon's
 * modelling/event-sourcing jars and Jackson annotations, and none of them contains a CSV parser.
 * Pulling in commons-csv for four small files would widen the core's dependency surface, so this
 * reader implements exactly the subset we need and is pinned down by {@code CsvReaderTest}.
 *
 * <p>Supported: comma separator; fields quoted with {@code "}, which may contain commas, line
 * breaks and doubled quotes ({@code ""} → {@code "}); LF or CRLF record ends; empty fields,
 * including an empty last field; a missing final line break; a leading UTF-8 BOM (ignored).
 * Blank lines are skipped. Malformed input (an unterminated quote, text after a closing quote,
 * a quote inside an unquoted field) is rejected with the line number, because silently
 * mis-reading reference data is worse than failing at start-up.
 */
final class CsvReader {

    private CsvReader() {
    }

    /** Reads all records; the caller decides whether the first is a header. */
    static List<List<String>> read(Reader in, String sourceName) {
        try {
            return parse(readAll(in), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese " + sourceName, e);
        }
    }

    static List<List<String>> parse(String text, String sourceName) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        boolean quoted = false;       // inside a quoted field
        boolean afterQuote = false;   // a quoted field has just closed
        boolean fieldStarted = false; // the current record has content (so a line break ends it)
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || afterQuote) {
                    record.add(field.toString());
                    records.add(List.copyOf(record));
                }
                record.clear();
                field.setLength(0);
                afterQuote = false;
                fieldStarted = false;
                line++;
            } else if (afterQuote) {
                throw malformed(sourceName, line, "tekst etter avsluttende anførselstegn");
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw malformed(sourceName, line, "anførselstegn inne i et felt uten anførselstegn");
                }
                quoted = true;
                fieldStarted = true;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw malformed(sourceName, line, "anførselstegn er ikke lukket");
        }
        if (fieldStarted || field.length() > 0 || afterQuote) {
            record.add(field.toString());
            records.add(List.copyOf(record));
        }
        return List.copyOf(records);
    }

    private static IllegalArgumentException malformed(String source, int line, String what) {
        return new IllegalArgumentException("Ugyldig CSV i " + source + " linje " + line + ": " + what);
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }
}
