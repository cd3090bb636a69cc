package io.bellwether;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.ForwardRefusedException;
import io.bellwether.forward.CommandForwarder;
import io.bellwether.forward.ForwardedCommand;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.forward.SocketFile;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16, item 1: with the console holding a workspace (here as the console opens it, with the
 * socket and one worker, no JavaFX), the real command line in another JVM runs its commands there.
 */
class ConsoleCommandLineTest {
    @TempDir
    Path dir;
    Path db;
    ExecutorService worker;
    final List<String> ranOn = new CopyOnWriteArrayList<>();
    final List<String> problems = new CopyOnWriteArrayList<>();
    Workspace console;
    String deploymentId;

    @BeforeEach
    void openTheConsole() {
        db = dir.resolve("bellwether");
        worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "console-worker"));
        console = openServed();
        deploymentId = console.lifecycle().createDeployment(
                DeploymentRequest.builder("fraud", "v2", DeploymentStrategy.CANARY, "me").build()).deploymentId();
    }

    private Workspace openServed() {
        return ServedWorkspace.open(db, Clock.systemUTC(), work -> worker.execute(() -> {
            work.run();
            ranOn.add(Thread.currentThread().getName());
        }), problems::add);
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (console != null) {
            console.close();
        }
        worker.shutdown();
        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void healthAddRunsInTheConsoleAndShowsThereAtOnce() throws Exception {
        CliProcess.Run run = CliProcess.run(dir, "health", "add", deploymentId, "--status", "degraded", "--p95", "0.2",
                "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(deploymentId + " degraded\n");
        assertThat(run.err()).isEmpty();
        assertThat(console.queries().healthHistory(deploymentId, null, null)).hasSize(1);
        assertThat(ranOn).containsExactly("console-worker");
        assertThat(problems).isEmpty();
    }

    @Test
    void importReadsARelativePathInTheCommandsFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pipeline"));
        Files.writeString(folder.resolve("checks.jsonl"), """
                {"timestamp": "2026-01-05T09:00:00Z", "status": "healthy", "latency_p95": 0.05}
                {"timestamp": "2026-01-05T09:10:00Z", "status": "degraded", "latency_p95": 0.09}
                """);

        CliProcess.Run run = CliProcess.run(folder, "import", "health-checks", "./checks.jsonl", "--into", deploymentId,
                "--db", "../bellwether");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Imported 2 health-checks records into deployment " + deploymentId);
        assertThat(console.queries().healthHistory(deploymentId, null, null)).hasSize(2);
    }

    @Test
    void auditVerifyPrintsTheConsolesChain() throws Exception {
        CliProcess.Run run = CliProcess.run(dir, "audit", "verify", "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("audit chain intact: " + console.audit().verify(null).eventsChecked() + " events");
    }

    @Test
    void aRefusedCommandKeepsItsOneLineAndExitCode() throws Exception {
        CliProcess.Run run = CliProcess.run(dir, "health", "add", "no-such-deployment", "--status", "healthy",
                "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).hasSize(1).allMatch(line -> line.startsWith("bellwether health add: "));
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aDrillIsNotForwardedAndSaysTheWorkspaceIsHeld() throws Exception {
        CliProcess.Run run = CliProcess.run(dir, "drill", "run", "healthy-canary", "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(run.err()).contains("another process is using it").hasLineCount(1);
        assertThat(ranOn).isEmpty();
    }

    @Test
    void theSocketIsOwnerOnlyBesideTheDatabaseAndGoneWhenTheWorkspaceCloses() throws Exception {
        Path socket = dir.resolve("bellwether.sock");
        assertThat(SocketFile.beside(db)).isEqualTo(socket.toRealPath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS)))
                .isEqualTo("rw-------");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).doesNotContain(".bw");

        console.close();
        console = null;

        assertThat(socket).doesNotExist();
        CliProcess.Run run = CliProcess.run(dir, "audit", "verify", "--db", db.toString());
        assertThat(run.exitCode()).as("a closed console: the command opens the workspace itself").isZero();
    }

    @Test
    void aStaleSocketIsReplaced() throws Exception {
        console.close();
        Path socket = SocketFile.beside(db);
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();

        console = openServed();
        CliProcess.Run run = CliProcess.run(dir, "audit", "verify", "--db", db.toString());

        assertThat(problems).isEmpty();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ranOn).hasSize(1);
    }

    @Test
    void aFileInTheSocketsPlaceIsLeftAloneAndTheConsoleSaysWhyTheCommandLineCannotReachIt() throws Exception {
        console.close();
        Path socket = SocketFile.beside(db);
        Files.writeString(socket, "someone's notes");

        console = openServed();

        assertThat(Files.readString(socket)).isEqualTo("someone's notes");
        assertThat(problems).singleElement().asString()
                .isEqualTo("Commands from the command line cannot reach this console: " + socket
                        + " exists and is not a socket (move it away)");
        CliProcess.Run run = CliProcess.run(dir, "audit", "verify", "--db", db.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(run.err()).contains("another process is using it");
    }

    @Test
    void theConsoleRefusesADrillSentToIt() {
        assertThatThrownBy(() -> new ForwardWhenHeld().forward(db, List.of("drill", "run", "healthy-canary", "--db", db.toString())))
                .isInstanceOf(ForwardRefusedException.class)
                .hasMessage("the console holding " + db + " refused the command: the console does not run 'drill'"
                        + " commands: they use a workspace of their own (give another --db)");
        assertThat(ranOn).isEmpty();
    }

    @Test
    void aForwardedCommandNamingAnotherWorkspaceIsRefusedWithExitEight() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandForwarder.Outcome outcome = CommandForwarder.forward(new ForwardedCommand(
                List.of("audit", "verify", "--db", "other"), dir, SocketFile.databaseBase(db)),
                InputStream.nullInputStream(), OutputStream.nullOutputStream(), err);

        assertThat(outcome).isEqualTo(new CommandForwarder.Finished(ExitCodes.FORWARD_REFUSED));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("bellwether audit verify: the console holds "
                + db.toAbsolutePath() + ", not " + dir.resolve("other") + "\n");
    }
}
