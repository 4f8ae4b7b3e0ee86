package no.samarbeidsavtaler.api.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run. Each row: the measured value, the target it must meet (if any), the limit it is
 * compared with (the same operation without our code in the way) and value/limit as a ratio.
 */
final class BenchReport {

    /** {@code higherIsBetter} decides how the target is checked; ratio = value / limit. */
    record Row(String scale, String metric, String unit, double value, Double target, boolean higherIsBetter,
               Double limit, String limitName, double loadAverage) {

        Double ratio() {
            return limit == null || limit == 0 ? null : value / limit;
        }

        Boolean met() {
            if (target == null) {
                return null;
            }
            return higherIsBetter ? value >= target : value <= target;
        }
    }

    final List<Row> rows = new ArrayList<>();
    final Map<String, Object> context = new LinkedHashMap<>();

    void add(String scale, String metric, String unit, double value, Double target, boolean higherIsBetter,
             Double limit, String limitName) {
        Row row = new Row(scale, metric, unit, value, target, higherIsBetter, limit, limitName, Load.average());
        rows.add(row);
        // Printed as it is measured, so a run that fails later still shows what it got.
        // The wall time lets a GC log (-Xlog:gc:…:time) be matched to the phase that just ended.
        System.out.printf(Locale.ROOT, "[bench] %s %s %s = %.2f %s (limit %s, load %.2f)%n", java.time.LocalTime.now(),
                label(scale), metric, value, unit, limit == null ? "–" : String.format(Locale.ROOT, "%.2f", limit),
                row.loadAverage());
    }

    /** The value of the first row of {@code scale} whose metric starts with {@code metricPrefix}. */
    double value(String scale, String metricPrefix) {
        return rows.stream().filter(r -> r.scale().equals(scale) && r.metric().startsWith(metricPrefix)).findFirst()
                .map(Row::value).orElse(Double.NaN);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        context.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| scale | metric | value | target | limit | ratio | met? | load avg |\n|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(label(r.scale())).append(" | ").append(r.metric()).append(" | ")
                    .append(num(r.value())).append(' ').append(r.unit()).append(" | ")
                    .append(r.target() == null ? "–" : (r.higherIsBetter() ? "≥ " : "≤ ") + num(r.target())).append(" | ")
                    .append(r.limit() == null ? "–" : num(r.limit()) + " (" + r.limitName() + ")").append(" | ")
                    .append(r.ratio() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.ratio())).append(" | ")
                    .append(r.met() == null ? "–" : r.met() ? "yes" : "**no**").append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", r.loadAverage())).append(" |\n");
        }
        return md.toString();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Object>> json = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scale", r.scale());
            m.put("metric", r.metric());
            m.put("unit", r.unit());
            m.put("value", r.value());
            m.put("target", r.target());
            m.put("limit", r.limit());
            m.put("limitName", r.limitName());
            m.put("ratio", r.ratio());
            m.put("met", r.met());
            m.put("loadAverage", r.loadAverage());
            json.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>(context);
        root.put("rows", json);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("results.json").toFile(), root);
        Files.writeString(dir.resolve("results.md"), markdown());
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The 1-minute load average of the machine (2 shared cores: figures above ~2 mean other work competed). */
    static final class Load {
        private Load() {
        }

        static double average() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /** "×1", "×1→10"; a named phase such as "warm-up" as it is. */
    private static String label(String scale) {
        return Character.isDigit(scale.charAt(0)) ? "×" + scale : scale;
    }
}
