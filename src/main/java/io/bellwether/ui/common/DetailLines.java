package io.bellwether.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An event's details as a person reads them: "key: value" lines, a list's items indented below its key. */
public final class DetailLines {
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
                lines.add(key + ": " + inline(value));
            }
        });
        return lines;
    }

    public static List<String> of(Map<String, ?> details) {
        return of(details, DetailLines::inline);
    }

    /** One line for a table cell: the lines joined by " · ". */
    public static String oneLine(Map<String, ?> details) {
        return of(details).stream().map(String::trim).collect(Collectors.joining(" · "));
    }

    private static String inline(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + ": " + inline(entry.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
