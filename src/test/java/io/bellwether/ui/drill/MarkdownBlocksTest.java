package io.bellwether.ui.drill;

import io.bellwether.drill.DrillMode;
import io.bellwether.drill.DrillReport;
import io.bellwether.drill.DrillReportMarkdown;
import io.bellwether.drill.DrillRun;
import io.bellwether.drill.DrillWorkspaces;
import io.bellwether.drill.ShippedScenarios;
import io.bellwether.ui.drill.MarkdownBlocks.Block;
import io.bellwether.ui.drill.MarkdownBlocks.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;


class MarkdownBlocksTest {

    @Test
    void splitsHeadingsParagraphsBulletsAndTablesWithEscapedBarsKept() {
        List<Block> blocks = MarkdownBlocks.parse("# Drill report: x\n\nSome **bold** text\n\n| | |\n|---|---|\n"
                + "| Mode | operator |\n| Deployment | `deploy_1`, a \\| b |\n\n## Canary\n\n- 6h: stage 1\n");

        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.HEADING, Kind.PARAGRAPH, Kind.TABLE,
                Kind.HEADING, Kind.BULLET);
        assertThat(blocks.get(0).text()).isEqualTo("Drill report: x");
        assertThat(blocks.get(1).text()).isEqualTo("Some bold text");
        assertThat(blocks.get(2).rows()).containsExactly(List.of("", ""), List.of("Mode", "operator"),
                List.of("Deployment", "deploy_1, a | b"));
        assertThat(blocks.get(4).text()).isEqualTo("6h: stage 1");
    }

    @Test
    void aWholeDrillReportKeepsEveryTableRowAndCell() {
        Path location = DrillWorkspaces.temporaryLocation();
        try (DrillRun run = DrillRun.open(ShippedScenarios.load("metrics-outage"), DrillMode.AUTOMATIC, location)) {
            run.runToEnd();
            DrillReport report = run.report();
            String markdown = DrillReportMarkdown.write(report);
            List<Block> tables = MarkdownBlocks.parse(markdown).stream().filter(b -> b.kind() == Kind.TABLE).toList();

            assertThat(tables).hasSize(3);
            assertThat(tables.get(1).rows()).hasSize(1 + report.faults().size())
                    .allSatisfy(row -> assertThat(row).hasSize(4));
            assertThat(tables.get(2).rows()).hasSize(1 + report.checklist().size())
                    .allSatisfy(row -> assertThat(row).hasSize(3));
            assertThat(tables.get(2).rows().get(1).get(0)).isEqualTo(report.checklist().get(0).question());
        } finally {
            DrillWorkspaces.deleteTemporary(location);
        }
    }
}
