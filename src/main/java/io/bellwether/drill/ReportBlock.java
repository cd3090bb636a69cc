package io.bellwether.drill;

import java.util.List;

/**
 * One block of the drill report: a title, heading, paragraph, bullet or table (whose first row is
 * its header, blank cells when it has none). Text may carry the inline marks {@code **} and
 * {@code `}; {@link #plain} drops them for a label.
 */
public record ReportBlock(Kind kind, List<List<String>> rows) {
    public enum Kind { TITLE, HEADING, PARAGRAPH, BULLET, TABLE }

    public ReportBlock {
        rows = rows.stream().map(List::copyOf).toList();
    }

    static ReportBlock of(Kind kind, String text) {
        return new ReportBlock(kind, List.of(List.of(text)));
    }

    public String text() {
        return rows.get(0).get(0);
    }

    public static String plain(String text) {
        return text.replace("**", "").replace("`", "");
    }
}
