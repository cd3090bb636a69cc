package io.bellwether;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed {@code bellwether} (installer/bellwether-on-path.sh, linked as /usr/bin/bellwether) runs the
 * console on the console's launcher and everything else on the command line's: exactly where
 * {@link Main#opensConsole} draws the line. Run here in an image laid out like the package's, with launchers
 * that say which they are and what they were given.
 */
class LauncherChoiceTest {
    private static final List<List<String>> ARGUMENTS = List.of(
            List.of(),
            List.of("--db", "/tmp/w"),
            List.of("--db=/tmp/w"),
            List.of("--db=/tmp/with space"),
            List.of("--db"),
            List.of("--db", "/tmp/w", "deployments", "list"),
            List.of("--version"),
            List.of("check", "cases.json"),
            List.of("shadow", "record", "--from", "five million.csv", "shadow_1"),
            List.of(""),
            List.of("--db", ""),
            List.of("--dbx", "/tmp/w"));

    @TempDir
    Path image;
    Path onPath;

    @BeforeEach
    void layOutTheImage() throws IOException {
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib"));
        launcher("bellwether", "console");
        launcher("bellwether-command", "command");
        onPath = image.resolve("lib/bellwether");
        Files.copy(Path.of("installer/bellwether-on-path.sh"), onPath);
        Files.setPosixFilePermissions(onPath, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theConsoleGetsTheConsolesLauncherAndEveryCommandTheCommandLines() throws Exception {
        for (List<String> arguments : ARGUMENTS) {
            String expected = Main.opensConsole(arguments.toArray(String[]::new)) ? "console" : "command";
            assertThat(run(onPath, arguments)).as("bellwether %s", arguments)
                    .isEqualTo(expected + lines(arguments));
        }
    }

    @Test
    void aSymbolicLinkOnThePathFindsTheImageItPointsInto() throws Exception {
        Path usrBin = Files.createDirectories(image.resolveSibling(image.getFileName() + "-usr-bin"));
        Path link = Files.createSymbolicLink(usrBin.resolve("bellwether"), onPath);

        assertThat(run(link, List.of("--version"))).isEqualTo("command" + lines(List.of("--version")));
        assertThat(run(link, List.of())).isEqualTo("console");
    }

    private void launcher(String name, String says) throws IOException {
        Path file = image.resolve("bin").resolve(name);
        Files.writeString(file, "#!/bin/sh\nprintf '%s' " + says + "\nfor a in \"$@\"; do printf '\\n[%s]' \"$a\"; done\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String lines(List<String> arguments) {
        StringBuilder shown = new StringBuilder();
        arguments.forEach(argument -> shown.append("\n[").append(argument).append(']'));
        return shown.toString();
    }

    private static String run(Path script, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the script ends").isTrue();
        assertThat(process.exitValue()).isZero();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
