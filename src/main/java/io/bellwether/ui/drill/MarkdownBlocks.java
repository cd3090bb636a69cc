package io.bellwether.ui.drill;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the drill report's Markdown into the few block kinds it uses (headings, paragraphs,
 * bullets, tables), with inline marks removed, so the report pane can lay them out as text.
 */
final class MarkdownBlocks {
    enum Kind { HEADING, PARAGRAPH, BULLET, TABLE }

    /** One block; a table's first row is its header (blank cells when the header is empty). */
    record Block(Kind kind, List<List<String>> rows) {
        String text() {
            return rows.get(0).get(0);
        }
    }

    private MarkdownBlocks() {
    }

    static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("|")) {
                if (table == null) {
                    table = new ArrayList<>();
                    blocks.add(new Block(Kind.TABLE, table));
                }
                if (!trimmed.matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
                    table.add(cells(trimmed));
                }
                continue;
            }
            table = null;
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                blocks.add(single(Kind.HEADING, trimmed.replaceFirst("^#+\\s*", "")));
            } else if (trimmed.startsWith("- ")) {
                blocks.add(single(Kind.BULLET, trimmed.substring(2)));
            } else {
                blocks.add(single(Kind.PARAGRAPH, trimmed));
            }
        }
        return blocks;
    }

    private static Block single(Kind kind, String text) {
        return new Block(kind, List.of(List.of(plain(text))));
    }

    /** The cells of "| a | b \| c |": split on unescaped bars, escapes and marks removed. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(plain(cell.toString().strip()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    private static String plain(String text) {
        return text.replace("**", "").replace("`", "");
    }
}
