package io.bellwether.cli;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.CommandLineTest.Run;
import io.bellwether.store.postgres.LocalPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link WorkspaceCopyTest} into a new database on a real PostgreSQL, and from there back into an H2 file. */
class WorkspaceCopyPostgresTest extends WorkspaceCopyTest {

    @Override
    String newTarget() {
        return LocalPostgres.server().newWorkspaceUrl();
    }

    @Test
    void aTeamWorkspaceCopiesBackToAnH2File() throws Exception {
        String team = newTarget();
        assertThat(CommandLineTest.run("workspace", "copy", "--from", demo.toString(), "--to", team).exitCode()).isZero();
        Path back = dir.resolve("back-from-postgres");
        Run run = CommandLineTest.run("workspace", "copy", "--from", team, "--to", back.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Workspace original = Bellwether.openRecordOnly(demo); Workspace copy = Bellwether.openRecordOnly(back)) {
            assertSameAnswers(original, copy);
        }
    }
}
