package io.bellwether.cli.workspace;

import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code audit anchor} prints the head; {@code audit verify --anchor} proves the chain up to it, or names the break. */
class AuditAnchorCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPrintedAnchorVerifiesUntilTheEventsUpToItAreCutAway() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(dir);
        cli.run("deployments", "create", "--model", "fraud", "--model-version", "2", "--strategy", "direct");
        cli.run("deployments", "create", "--model", "fraud", "--model-version", "3", "--strategy", "direct");

        WorkspaceCli.Run anchor = cli.run("audit", "anchor");
        String hash = anchor.out().strip().split(" ")[1];
        assertThat(anchor.out()).startsWith("2 ");
        assertThat(cli.run("audit", "verify", "--anchor", hash).out()).contains("intact: 2 events");

        cli.execute("DELETE FROM audit_events WHERE sequence = 2", "DELETE FROM deployments WHERE audit_sequence = 2",
                "UPDATE audit_chain_head SET last_sequence = 1, last_hash = (SELECT hash FROM audit_events)");
        assertThat(cli.run("audit", "verify").exitCode()).isZero();
        WorkspaceCli.Run broken = cli.run("audit", "verify", "--anchor", hash);
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.CHAIN_BROKEN);
        assertThat(broken.out()).contains("BROKEN", "is not in the chain");
    }
}
