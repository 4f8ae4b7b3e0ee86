package no.samarbeidsavtaler.api.exports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The matrix as CSV for Excel in a Norwegian locale: UTF-8 with a byte-order mark (without it Excel
 * reads the file as Windows-1252 and garbles æøå), {@code ;} as separator (Norwegian Excel's list
 * separator, since the decimal separator is a comma), CRLF line ends, RFC 4180 quoting.
 */
public final class MatrixCsv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final char SEPARATOR = ';';

    private MatrixCsv() {
    }

    public static byte[] write(MatrixTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.header());
        table.rows().forEach(row -> line(out, row));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(MatrixCsv::field).collect(Collectors.joining(String.valueOf(SEPARATOR)))).append("\r\n");
    }

    /**
     * Quoted when it holds a separator, quote or line break; a leading {@code = + - @} is prefixed with an
     * apostrophe so a spreadsheet never evaluates text from an agreement as a formula (CSV injection).
     */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(SEPARATOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
