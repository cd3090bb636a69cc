package io.bellwether.forward;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forwarded command from another OS user is refused: by the socket's 0600 permissions, and by the
 * console itself (SO_PEERCRED) where the permissions were loosened. Runs as root only, with the other
 * user {@code nobody} through {@code runuser}; skips with a message elsewhere.
 */
class OtherUserTest {
    Path dir;
    Path db;
    CommandSocket socket;
    final AtomicInteger ran = new AtomicInteger();
    String classPath;

    @BeforeEach
    void consoleAsRootInAFolderNobodyCanEnter() throws Exception {
        Assumptions.assumeTrue(isRootWithRunuser(), "skipped: needs root and runuser to act as the user nobody");
        dir = Files.createTempDirectory("bellwether-other-user");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        db = dir.resolve("bellwether");
        socket = CommandSocket.listen(SocketFile.beside(db), (command, in, out, err) -> ran.incrementAndGet());
        classPath = classPathNobodyCanRead();
    }

    @AfterEach
    void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void theOwnerOnlySocketKeepsAnotherUserOut() throws Exception {
        String said = asNobody("client", db.toString(), "audit", "verify");

        assertThat(said).isEqualTo("Refused[kind=" + ForwardRefusal.OTHER_USER + ", reason=its socket "
                + SocketFile.beside(db) + " belongs to OS user root; only that user's commands run there]\n");
        assertThat(ran).hasValue(0);
    }

    @Test
    void theConsoleRefusesAnotherUserEvenWhenItsSocketIsOpenToAll() throws Exception {
        Files.setPosixFilePermissions(SocketFile.beside(db), PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThat(asNobody("client", db.toString(), "audit", "verify")).isEqualTo("Refused[kind="
                + ForwardRefusal.OTHER_USER + ", reason=the console holding it runs as OS user root, not as nobody]\n");
        assertThat(asNobody("raw", db.toString(), "audit", "verify")).isEqualTo("R " + ForwardRefusal.OTHER_USER
                + " the console runs as OS user root and takes commands from that user only (this one came from nobody)\n");
        assertThat(ran).hasValue(0);
    }

    private String asNobody(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                ForwardAs.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(new File("/tmp")).redirectErrorStream(true)
                .redirectInput(new File("/dev/null")).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(said).isTrue();
        return said;
    }

    /** The compiled classes and the JSON library, copied where nobody can read them (the Maven repository is root's). */
    private String classPathNobodyCanRead() throws IOException {
        List<String> entries = new ArrayList<>();
        Path jars = Files.createDirectories(dir.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                entries.add(path.toString());
            } else if (path.getFileName().toString().startsWith("jackson-")) {
                Path copy = Files.copy(path, jars.resolve(path.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                entries.add(copy.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static boolean isRootWithRunuser() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!id.waitFor(10, TimeUnit.SECONDS) || !uid.equals("0")) {
                return false;
            }
            Process probe = new ProcessBuilder("runuser", "-u", "nobody", "--", "true").redirectErrorStream(true).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
