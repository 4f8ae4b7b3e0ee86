package no.samarbeidsavtaler.core.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header row, read by column name so that a renamed or missing column in the
 * reference data fails loudly at start-up instead of shifting values into the wrong field.
 */
final class CsvTable {

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    static CsvTable read(Reader in, String source) {
        List<List<String>> records = CsvReader.read(in, source);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + " mangler overskriftsrad");
        }
        List<String> header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (columns.put(header.get(i), i) != null) {
                throw new IllegalArgumentException(source + ": kolonnen «" + header.get(i) + "» finnes to ganger");
            }
        }
        Map<String, Integer> index = Map.copyOf(columns);
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() != header.size()) {
                throw new IllegalArgumentException(source + " post " + r + ": " + values.size()
                        + " felt, overskriften har " + header.size());
            }
            rows.add(new Row(source, index, r, values));
        }
        return new CsvTable(List.copyOf(rows));
    }

    /** Reads a UTF-8 resource from the classpath. */
    static CsvTable fromClasspath(String resource) {
        InputStream stream = CsvTable.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Fant ikke referansedata " + resource + " på classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** One data record; {@code number} is 1 for the first record after the header. */
    static final class Row {
        private final String source;
        private final Map<String, Integer> columns;
        private final int number;
        private final List<String> values;

        private Row(String source, Map<String, Integer> columns, int number, List<String> values) {
            this.source = source;
            this.columns = columns;
            this.number = number;
            this.values = values;
        }

        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException(source + " mangler kolonnen «" + column + "»");
            }
            return values.get(index);
        }

        /** Where this row came from, for error messages about its content. */
        String origin() {
            return source + " post " + number;
        }
    }
}
