package io.bellwether.ui.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An event's details as a person reads them: "key: value" lines, a list's items indented below its key,
 * numbers in the console's units (shares in %, latencies in ms, as the key or the rule says), a missing
 * value as "none".
 */
public final class DetailLines {
    private static final MathContext READABLE = new MathContext(6);

    private DetailLines() {
    }

    /** Maps inside read "k: v, k2: v2"; list items are printed by {@code item}. */
    public static List<String> of(Map<String, ?> details, Function<Object, String> item) {
        List<String> lines = new ArrayList<>();
        details.forEach((key, value) -> {
            if (value instanceof List<?> items) {
                lines.add(key + ":");
                items.forEach(each -> lines.add("    " + item.apply(each)));
            } else {
                lines.add(key + ": " + inline(key, value, null));
            }
        });
        return lines;
    }

    public static List<String> of(Map<String, ?> details) {
        return of(details, each -> inline("", each, null));
    }

    /** One line for a table cell: the lines joined by " · ". */
    public static String oneLine(Map<String, ?> details) {
        return of(details).stream().map(String::trim).collect(Collectors.joining(" · "));
    }

    /** {@code value} of {@code key} (within a rule result of {@code rule}, or null) in the console's units. */
    public static String value(String key, Object value, String rule) {
        if (value == null || "NaN".equals(value)) {
            return "none";
        }
        if (!(value instanceof Double || value instanceof Float)) {
            return String.valueOf(value);
        }
        double number = ((Number) value).doubleValue();
        if (Double.isNaN(number)) {
            return "none";
        }
        return switch (unit(key.toLowerCase(Locale.ROOT), rule == null ? "" : rule.toLowerCase(Locale.ROOT))) {
            case SHARE -> readable(ChartUnits.percent(number)) + ChartUnits.SHARE;
            case LATENCY -> readable(ChartUnits.millis(number)) + " " + ChartUnits.LATENCY;
            case RATIO -> readable(number) + "×";
            case PLAIN -> readable(number);
        };
    }

    /** Six significant digits, trailing zeros dropped: 0.19999999999999987 → "0.2". */
    public static String readable(double value) {
        if (!Double.isFinite(value)) {
            return value > 0 ? "∞" : value < 0 ? "-∞" : "none";
        }
        return new BigDecimal(value).round(READABLE).stripTrailingZeros().toPlainString();
    }

    private enum Unit { SHARE, LATENCY, RATIO, PLAIN }

    private static Unit unit(String key, String rule) {
        if (!rule.isEmpty() && List.of("measured", "threshold", "baseline").contains(key)) {
            if (rule.contains("latency")) {
                return key.equals("baseline") ? Unit.LATENCY : Unit.RATIO;
            }
            return rule.contains("error_rate") ? Unit.SHARE : Unit.PLAIN;
        }
        if (key.endsWith("_ms") || key.endsWith("_seconds") || key.endsWith("_hours")) {
            return Unit.PLAIN;
        }
        if (key.contains("traffic") || key.contains("rate") || key.contains("agreement") || key.equals("increment")) {
            return Unit.SHARE;
        }
        return key.contains("latency") ? Unit.LATENCY : Unit.PLAIN;
    }

    private static String inline(String key, Object value, String rule) {
        if (value instanceof Map<?, ?> map) {
            String inner = map.get("rule") == null ? null : String.valueOf(map.get("rule"));
            return map.entrySet().stream().map(entry -> entry.getKey() + ": "
                            + inline(String.valueOf(entry.getKey()), entry.getValue(), inner))
                    .collect(Collectors.joining(", "));
        }
        return value(key, value, rule);
    }
}
