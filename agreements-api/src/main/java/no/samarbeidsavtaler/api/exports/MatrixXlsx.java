package no.samarbeidsavtaler.api.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The matrix as an Excel workbook: title row, bold header row frozen, one row per municipality; text cells only. */
public final class MatrixXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MatrixXlsx() {
    }

    public static byte[] write(MatrixTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ansvarsmatrise");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(table.title());
            title.getCell(0).setCellStyle(header);
            write(sheet.createRow(1), table.header(), header);
            int r = 2;
            for (List<String> row : table.rows()) {
                write(sheet.createRow(r++), row, wrapped);
            }
            sheet.createFreezePane(2, 2);
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 20 * 256);
            for (int c = 2; c < table.header().size(); c++) {
                sheet.setColumnWidth(c, 40 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            // setCellValue(String) always makes a text cell: agreement text is never read as a formula.
            row.createCell(c).setCellValue(values.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }
}
