package io.bellwether.application.port.in;

import io.bellwether.domain.InvalidInputException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PromQL query with placeholders {@code {model}}, {@code {version}}, {@code {environment}}, {@code {window}}
 * and {@code {since_start}}. A template is checked before it is stored: only known placeholders, and once
 * they are filled in, balanced parentheses, brackets and braces outside string literals and every string
 * closed. Prometheus parses the rest when it is queried.
 */
public final class PromQlTemplate {
    public static final List<String> PLACEHOLDERS = List.of("model", "version", "environment", "window",
            "since_start");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Map<String, String> SAMPLE = Map.of("model", "m", "version", "v", "environment", "e",
            "window", "5m", "since_start", "60s");

    private PromQlTemplate() {
    }

    /** Refuses a template that does not parse, naming the deployment, the metric and the query. */
    public static void check(String deploymentId, String metric, String template) {
        String field = "deployment " + deploymentId + " metric " + metric + " query";
        if (template == null || template.isBlank()) {
            throw new InvalidInputException(field, template == null ? null : "\"" + template + "\"", "is required");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new InvalidInputException(field, quoted(template), "has an unknown placeholder {" + m.group(1)
                        + "}; known: {" + String.join("}, {", PLACEHOLDERS) + "}");
            }
        }
        String problem = unbalanced(render(template, SAMPLE));
        if (problem != null) {
            throw new InvalidInputException(field, quoted(template), "does not parse: " + problem);
        }
    }

    /** The template with each placeholder replaced; label values are escaped for a PromQL string. */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            String text = value == null ? m.group() : value.replace("\\", "\\\\").replace("\"", "\\\"");
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        return m.appendTail(out).toString();
    }

    private static String unbalanced(String query) {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = closing(query, i, c);
                if (end < 0) {
                    return "the string starting at character " + (i + 1) + " is not closed";
                }
                i = end;
            } else if (c == '#') {
                int end = query.indexOf('\n', i);
                i = end < 0 ? query.length() : end;
            } else if ("([{".indexOf(c) >= 0) {
                open.push(c);
            } else if (")]}".indexOf(c) >= 0) {
                char expected = "([{".charAt(")]}".indexOf(c));
                if (open.isEmpty() || open.pop() != expected) {
                    return "'" + c + "' at character " + (i + 1) + " closes nothing that is open";
                }
            }
        }
        return open.isEmpty() ? null : "'" + open.peek() + "' is never closed";
    }

    private static int closing(String query, int start, char quote) {
        for (int i = start + 1; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String quoted(String template) {
        return "\"" + template + "\"";
    }
}
