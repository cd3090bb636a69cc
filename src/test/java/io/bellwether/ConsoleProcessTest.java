package io.bellwether;

import io.bellwether.cli.ExitCodes;
import io.bellwether.forward.SocketFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The console as another process ({@link ServeWorkspace}): what a shell sees when it dies, and what it listens on. */
class ConsoleProcessTest {
    private static final Pattern SOCKET_INODE = Pattern.compile("socket:\\[(\\d+)]");

    @TempDir
    Path dir;
    Process console;
    BufferedReader consoleOut;

    private long startConsole(String... mode) throws IOException {
        console = new ProcessBuilder(CliProcess.java(ServeWorkspace.class,
                Stream.concat(Stream.of(dir.resolve("bellwether").toString()), Stream.of(mode)).toArray(String[]::new)))
                .redirectErrorStream(true).start();
        consoleOut = new BufferedReader(new InputStreamReader(console.getInputStream()));
        String ready = consoleOut.readLine();
        assertThat(ready).startsWith("serving");
        return console.pid();
    }

    @AfterEach
    void stopConsole() throws Exception {
        if (console != null && console.isAlive()) {
            console.getOutputStream().close();
            if (!console.waitFor(20, TimeUnit.SECONDS)) {
                console.destroyForcibly();
            }
        }
    }

    @Test
    void aConsoleKilledMidCommandGivesOneLineAndExitSix() throws Exception {
        startConsole("slow");
        CliProcess.Started cli = CliProcess.start(dir, "audit", "verify", "--db", dir.resolve("bellwether").toString());
        assertThat(consoleOut.readLine()).isEqualTo("queued");

        console.destroyForcibly();
        assertThat(console.waitFor(20, TimeUnit.SECONDS)).isTrue();
        CliProcess.Run run = cli.finish();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(run.err().lines()).containsExactly("bellwether audit verify: cannot open the workspace "
                + dir.resolve("bellwether") + ": the console holding it stopped before the command finished;"
                + " whether it took effect is unknown (look before running it again)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aConsoleThatDiedLeavesAStaleSocketThatTheCommandLineIgnores() throws Exception {
        startConsole();
        console.destroyForcibly();
        assertThat(console.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(SocketFile.beside(dir.resolve("bellwether"))).exists();

        CliProcess.Run run = CliProcess.run(dir, "audit", "verify", "--db", dir.resolve("bellwether").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theConsoleListensOnItsUnixSocketAndOnNoTcpPort() throws Exception {
        long pid = startConsole();
        CliProcess.Run run = CliProcess.run(dir, "audit", "verify", "--db", dir.resolve("bellwether").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Set<String> inodes = socketInodes(pid);
        assertThat(listeningInodes(Path.of("/proc/net/tcp"))).doesNotContainAnyElementsOf(inodes);
        assertThat(listeningInodes(Path.of("/proc/net/tcp6"))).doesNotContainAnyElementsOf(inodes);
        // the kernel names a socket by where it was bound: the owner-only folder it was moved from
        assertThat(Files.readAllLines(Path.of("/proc/net/unix"))).as("a listening Unix socket of the console")
                .anyMatch(line -> {
                    String[] fields = line.trim().split("\\s+");
                    return fields.length > 6 && fields[3].equals("00010000") && inodes.contains(fields[6]);
                });
        ssShowsNoListeningTcpSocketOf(pid);
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    Matcher m = SOCKET_INODE.matcher(Files.readSymbolicLink(fd).toString());
                    if (m.matches()) {
                        inodes.add(m.group(1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing
                }
            }
        }
        assertThat(inodes).as("the console's sockets").isNotEmpty();
        return inodes;
    }

    /** The inodes of the sockets in LISTEN state (0A) in a /proc/net/tcp table. */
    private static Set<String> listeningInodes(Path table) throws IOException {
        Set<String> inodes = new HashSet<>();
        if (!Files.exists(table)) {
            return inodes;
        }
        for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 9 && fields[3].equals("0A")) {
                inodes.add(fields[9]);
            }
        }
        return inodes;
    }

    private static void ssShowsNoListeningTcpSocketOf(long pid) throws Exception {
        Process ss;
        try {
            ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return;
        }
        String listing = new String(ss.getInputStream().readAllBytes());
        assertThat(ss.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(listing).doesNotContain("pid=" + pid + ",");
    }
}
