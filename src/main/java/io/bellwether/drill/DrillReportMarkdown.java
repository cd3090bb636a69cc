package io.bellwether.drill;

import java.util.List;

/** The drill report as Markdown, for a review or a ticket. */
public final class DrillReportMarkdown {
    private DrillReportMarkdown() {
    }

    public static String write(DrillReport report) {
        StringBuilder md = new StringBuilder();
        ReportBlock.Kind previous = null;
        for (ReportBlock block : DrillReportBlocks.of(report)) {
            if (previous != null && !(previous == ReportBlock.Kind.BULLET && block.kind() == previous)) {
                md.append('\n');
            }
            switch (block.kind()) {
                case TITLE -> md.append("# ").append(block.text()).append('\n');
                case HEADING -> md.append("## ").append(block.text()).append('\n');
                case PARAGRAPH -> md.append(block.text()).append('\n');
                case BULLET -> md.append("- ").append(block.text()).append('\n');
                case TABLE -> table(md, block.rows());
            }
            previous = block.kind();
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<List<String>> rows) {
        List<String> header = rows.get(0);
        header.forEach(cell -> md.append("| ").append(cell).append(cell.isEmpty() ? "" : " "));
        md.append("|\n").append("|---".repeat(header.size())).append("|\n");
        for (List<String> row : rows.subList(1, rows.size())) {
            row.forEach(cell -> md.append("| ").append(cell.replace("|", "\\|")).append(' '));
            md.append("|\n");
        }
    }
}
