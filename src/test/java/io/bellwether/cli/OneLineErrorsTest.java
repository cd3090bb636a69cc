package io.bellwether.cli;

import io.bellwether.cli.CommandLineTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static io.bellwether.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The runner: every failure is one stderr line naming the command, with its documented exit code. */
class OneLineErrorsTest {
    @TempDir
    Path dir;

    static void assertOneLine(Run run, String prefix, int code) {
        assertThat(run.exitCode()).isEqualTo(code);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith(prefix).doesNotContain("\tat ", "Exception", "Usage:");
    }

    @Test
    void anUnknownOptionIsOneUsageLineAndExitTwo() {
        assertOneLine(run("deployments", "list", "--colour", "red"), "bellwether deployments list: Unknown option",
                ExitCodes.BAD_INPUT);
    }

    @Test
    void aBadDurationIsNamedAfterItsOption() {
        Run run = run("hooks", "set", "--env", "x", "--adapter", "none", "--connect-timeout", "later");
        assertOneLine(run, "bellwether hooks set: connect-timeout must be a duration", ExitCodes.BAD_INPUT);
    }

    @Test
    void anUnknownIdIsOneLineAndExitTwo() {
        Run run = run("deployments", "start", "deploy_nope", "--db", dir.resolve("ws").toString());
        assertOneLine(run, "bellwether deployments start: ", ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("deploy_nope");
    }

    @Test
    void aRefusedTransitionIsOneLineAndExitTwo() {
        String db = dir.resolve("ws").toString();
        String id = run("deployments", "create", "--model", "m", "--model-version", "v1", "--strategy", "direct",
                "--db", db).out().strip();
        Run run = run("deployments", "complete", id, "--db", db);
        assertOneLine(run, "bellwether deployments complete: ", ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(id, "pending");
    }

    @Test
    void aGroupWithoutItsCommandNamesTheChoices() {
        assertOneLine(run("models"), "bellwether models: Missing command: choose one of register", ExitCodes.BAD_INPUT);
    }

    @picocli.CommandLine.Command(name = "hungry")
    static final class Hungry implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineAndItsOwnCode() {
        picocli.CommandLine line = BellwetherCommand.configure(new picocli.CommandLine(new Hungry()));
        java.io.StringWriter err = new java.io.StringWriter();
        line.setErr(new java.io.PrintWriter(err));

        assertThat(line.execute()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(err.toString()).isEqualTo("hungry: " + OutOfMemoryGuard.MESSAGE + System.lineSeparator());
    }
}
