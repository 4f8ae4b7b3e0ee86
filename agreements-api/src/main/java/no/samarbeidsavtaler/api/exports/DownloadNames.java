package no.samarbeidsavtaler.api.exports;

import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;

/**
 * File names for {@code Content-Disposition}, built only from ids that have passed validation. The
 * names are plain ASCII, so no RFC 5987 encoding is needed. The pattern is checked again here, so a caller that forgot cannot put {@code ../}, quotes or CR/LF into a header.
 */
public final class DownloadNames {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}");

    private DownloadNames() {
    }

    public static String attachment(String fileName) {
        if (!SAFE.matcher(fileName).matches() || fileName.contains("..")) {
            throw new IllegalArgumentException("Unsafe download name");
        }
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
