package io.bellwether.drill;

import io.bellwether.drill.ReportBlock.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class DrillReportBlocksTest {

    @Test
    void plainTextDropsTheInlineMarksAndKeepsBars() {
        assertThat(ReportBlock.plain("Some **bold** text")).isEqualTo("Some bold text");
        assertThat(ReportBlock.plain("`deploy_1`, a | b")).isEqualTo("deploy_1, a | b");
    }

    @Test
    void aWholeDrillReportKeepsEveryTableRowAndCell() {
        Path location = DrillWorkspaces.temporaryLocation();
        try (DrillRun run = DrillRun.open(ShippedScenarios.load("metrics-outage"), DrillMode.AUTOMATIC, location)) {
            run.runToEnd();
            DrillReport report = run.report();
            List<ReportBlock> blocks = DrillReportBlocks.of(report);
            List<ReportBlock> tables = blocks.stream().filter(b -> b.kind() == Kind.TABLE).toList();

            assertThat(blocks.get(0).kind()).isEqualTo(Kind.TITLE);
            assertThat(blocks.get(0).text()).isEqualTo("Drill report: " + report.scenario());
            assertThat(tables).hasSize(3);
            assertThat(tables.get(0).rows().get(0)).containsExactly("", "");
            assertThat(tables.get(1).rows()).hasSize(1 + report.faults().size())
                    .allSatisfy(row -> assertThat(row).hasSize(4));
            assertThat(tables.get(2).rows()).hasSize(1 + report.checklist().size())
                    .allSatisfy(row -> assertThat(row).hasSize(3));
            assertThat(tables.get(2).rows().get(1).get(0)).isEqualTo(report.checklist().get(0).question());

            String markdown = DrillReportMarkdown.write(report);
            assertThat(markdown).startsWith("# Drill report: " + report.scenario() + "\n\n")
                    .contains("\n| | |\n|---|---|\n| Mode | automatic |\n",
                            "\n\n## Injected faults\n\n| Fault | Kind | Onset | End |\n|---|---|---|---|\n",
                            "| Deployment | `" + report.deploymentId() + "`, final status ",
                            "\n\n## Rollback Decision Tree\n\n| Question | Answer | Evidence |\n|---|---|---|\n")
                    .endsWith(" |\n");
        } finally {
            DrillWorkspaces.deleteTemporary(location);
        }
    }
}
