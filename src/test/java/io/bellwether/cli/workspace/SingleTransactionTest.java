package io.bellwether.cli.workspace;

import io.bellwether.cli.WorkspaceCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** A step whose audit event cannot be written leaves nothing behind: its rows commit with the event or not at all. */
class SingleTransactionTest {
    @TempDir
    Path dir;

    @Test
    void aHookCallWhoseAuditEventFailsIsNotStored() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(dir);
        cli.run("hooks", "set", "--env", "production", "--adapter", "command", "--command", "/bin/true");
        cli.execute("ALTER TABLE audit_events ADD CONSTRAINT no_hook_events CHECK (event_type NOT LIKE 'TRAFFIC_HOOK%')");

        WorkspaceCli.Run test = cli.run("hooks", "test", "--env", "production");

        assertThat(test.exitCode()).isNotZero();
        assertThat(cli.rows("SELECT COUNT(*) FROM traffic_hook_calls")).isEqualTo("0|\n");
    }

    @Test
    void healthAddWithUpdateMetricsStoresBothOrNeither() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(dir);
        String id = cli.run("deployments", "create", "--model", "fraud", "--model-version", "2",
                "--strategy", "direct").out().strip();
        cli.execute("ALTER TABLE audit_events ADD CONSTRAINT no_metrics CHECK (event_type <> 'METRICS_UPDATED')");

        WorkspaceCli.Run add = cli.run("health", "add", id, "--status", "healthy", "--p50", "0.01", "--p95", "0.02",
                "--p99", "0.03", "--update-metrics");

        assertThat(add.exitCode()).isNotZero();
        assertThat(cli.rows("SELECT COUNT(*) FROM health_checks")).isEqualTo("0|\n");
    }
}
