package io.bellwether.cli.workspace;

import io.bellwether.cli.WorkspaceCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Progression settings on create, {@code deployments progression} and {@code deployments rule-mode}. */
class ProgressionCommandsTest {
    static final String STORED = "SELECT (SELECT COUNT(*) FROM deployments), (SELECT COUNT(*) FROM audit_events)";

    @TempDir
    Path dir;

    @Test
    void settingsAreGivenOnCreateChangedLaterAndBadValuesAreRefusedNamingTheField() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(dir);
        String id = cli.run("deployments", "create", "--model", "fraud", "--model-version", "2", "--strategy",
                "canary", "--auto-advance", "true", "--healthy-checks", "4").out().strip();
        assertThat(cli.run("deployments", "progression", id).out()).contains("\"automatic\":true")
                .contains("\"healthy_checks\":4").contains("\"unknown_limit\":3");

        WorkspaceCli.Run moded = cli.run("deployments", "rule-mode", id, "latency_p99", "observe", "--operator", "sre");
        assertThat(moded.exitCode()).isZero();
        WorkspaceCli.Run changed = cli.run("deployments", "progression", id, "--failure-limit", "2",
                "--rule-mode", "error_rate_threshold=pause");
        assertThat(changed.exitCode()).isZero();
        assertThat(changed.out()).contains("\"failure_limit\":2").contains("\"latency_p99\":\"observe\"")
                .contains("\"error_rate_threshold\":\"pause\"").contains("\"healthy_checks\":4");
        String before = cli.rows(STORED);

        WorkspaceCli.Run negative = cli.run("deployments", "create", "--model", "fraud", "--model-version", "3",
                "--strategy", "canary", "--failure-limit", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.out()).contains("failure_limit must not be negative").doesNotContain("Exception");
        WorkspaceCli.Run mode = cli.run("deployments", "rule-mode", id, "latency_p95", "halt");
        assertThat(mode.exitCode()).isEqualTo(2);
        assertThat(mode.out()).contains("mode").contains("must be one of rollback, pause, observe");
        WorkspaceCli.Run rule = cli.run("deployments", "rule-mode", id, "latency_p50", "observe");
        assertThat(rule.exitCode()).isEqualTo(2);
        assertThat(rule.out()).contains(": rule must be one of error_rate_threshold");
        WorkspaceCli.Run limit = cli.run("deployments", "progression", id, "--unknown-limit", "-3");
        assertThat(limit.exitCode()).isEqualTo(2);
        assertThat(limit.out()).contains("unknown_limit must not be negative");
        assertThat(cli.rows(STORED)).isEqualTo(before);

        WorkspaceCli.Run notLive = cli.run("deployments", "resume", id);
        assertThat(notLive.exitCode()).as("a pending deployment has nothing to resume").isNotZero();
        cli.run("deployments", "start", id);
        assertThat(cli.run("deployments", "resume", id, "--operator", "sre").out()).isEqualTo(id + " resumed\n");
    }
}
