package io.bellwether.cli.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCli;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.io.JsonFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether shadow disagreements} on a shadow with 30 known disagreements (one unparsable result). */
class ShadowDisagreementsCommandTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    @TempDir
    Path folder;
    WorkspaceCli cli;
    String shadowId;

    @BeforeEach
    void recordDisagreements() {
        cli = new WorkspaceCli(folder);
        try (Workspace workspace = Bellwether.openRecordOnly(cli.database())) {
            shadowId = workspace.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
            List<ShadowComparison> batch = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                boolean agree = i % 2 == 1;
                String primary = i == 58 ? "{broken" : i % 4 == 0 ? "\"fraud\"" : "\"legit\"";
                batch.add(new ShadowComparison(START.plusSeconds(i), agree ? null : primary,
                        agree ? null : i % 4 == 0 ? "\"legit\"" : "\"fraud\"", 0.010, 0.010 + i / 1000.0, agree));
            }
            workspace.shadows().recordShadowComparisons(shadowId, batch, Operators.systemUser());
        }
    }

    @Test
    void listsNewestFirstAndShowsAnUnparsableResultRaw() {
        WorkspaceCli.Run run = cli.run("shadow", "disagreements", shadowId, "--limit", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("30 disagreements in " + shadowId + "; page 1 of 15");
        assertThat(lines.get(1)).startsWith("#58  2026-03-01T00:00:58Z  primary {broken (stored text is not valid"
                + " JSON, shown raw)  shadow fraud  latency 10.0 ms / 68.0 ms (+58.0 ms)");
        assertThat(lines.get(2)).startsWith("#56  ").contains("primary fraud  shadow legit");
        assertThat(lines).hasSize(3);
    }

    @Test
    void filtersByAPairAndPrintsJson() throws Exception {
        WorkspaceCli.Run run = cli.run("shadow", "disagreements", shadowId, "--pair", "fraud,legit", "--json",
                "--limit", "100");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = JsonFiles.MAPPER.readTree(run.out());
        assertThat(json.get("total").asLong()).isEqualTo(15);
        assertThat(json.get("disagreements")).hasSize(15).allSatisfy(d -> {
            assertThat(d.get("primary_result").asText()).isEqualTo("fraud");
            assertThat(d.get("shadow_result").asText()).isEqualTo("legit");
        });
        assertThat(json.get("disagreements").get(0).get("comparison_no").asLong()).isEqualTo(56);
        assertThat(json.get("disagreements").get(0).get("difference_ms").asDouble()).isEqualTo(56.0);
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        WorkspaceCli.Run unknown = cli.run("shadow", "disagreements", "shadow_nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.out().strip()).isEqualTo("bellwether shadow disagreements: Shadow deployment not found:"
                + " shadow_nope");

        WorkspaceCli.Run past = cli.run("shadow", "disagreements", shadowId, "--page", "4", "--limit", "10");
        assertThat(past.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(past.out()).contains("is past the end: 30 disagreements make 3 pages of 10").hasLineCount(1);

        WorkspaceCli.Run pair = cli.run("shadow", "disagreements", shadowId, "--pair", "fraud");
        assertThat(pair.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(pair.out()).contains("--pair: must be PRIMARY,SHADOW").hasLineCount(1);

        WorkspaceCli.Run limit = cli.run("shadow", "disagreements", shadowId, "--limit", "0");
        assertThat(limit.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(limit.out()).contains("page_size").hasLineCount(1);
    }
}
