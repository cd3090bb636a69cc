package io.bellwether.cli;

import io.bellwether.cli.CommandLineTest.Run;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command with --db ends with one line and a documented code when the workspace cannot be
 * opened: held by another process, a path no one can write (under a regular file), a directory, /proc.
 */
class UnusableWorkspaceTest {
    static Path folder;
    static Process holder;

    @BeforeAll
    static void holdOneWorkspaceFromAnotherProcess() throws IOException {
        folder = Files.createTempDirectory("bellwether-unusable");
        Path held = folder.resolve("held");
        holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldWorkspace.class.getName(), held.toString())
                .redirectErrorStream(true).start();
        String ready = new BufferedReader(new InputStreamReader(holder.getInputStream())).readLine();
        assertThat(ready).startsWith("holding");
        Files.writeString(folder.resolve("a-file"), "not a folder");
        Files.createDirectories(folder.resolve("a-directory"));
    }

    @AfterAll
    static void release() throws Exception {
        holder.getOutputStream().close();
        holder.waitFor();
    }

    static Stream<Arguments> everyCommandTimesEveryUnusableWorkspace() {
        List<Leaf> commands = new ArrayList<>();
        leaves(BellwetherCommand.commandLine(), new ArrayList<>(), commands);
        List<String> databases = List.of("held", "a-file/ws", "a-directory", "/proc/self/x");
        return commands.stream().flatMap(c -> databases.stream().map(db -> Arguments.of(c, db)));
    }

    /** A command of the tree ({@code path}, e.g. deployments start) with placeholder values for what it requires. */
    record Leaf(List<String> path, List<String> args) {
        @Override
        public String toString() {
            return String.join(" ", path);
        }
    }

    private static void leaves(CommandLine line, List<String> path, List<Leaf> found) {
        if (line.getSubcommands().isEmpty() && line.getCommandSpec().findOption("--db") != null) {
            List<String> args = new ArrayList<>();
            line.getCommandSpec().positionalParameters().forEach(p -> args.add(dummy(path, p)));
            line.getCommandSpec().options().stream().filter(CommandLine.Model.OptionSpec::required)
                    .forEach(o -> args.addAll(List.of(o.longestName(), dummy(path, o))));
            found.add(new Leaf(List.copyOf(path), args));
        }
        line.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            leaves(sub, next, found);
        });
    }

    private static String dummy(List<String> command, ArgSpec arg) {
        if (command.get(0).equals("import") && arg.paramLabel().equals("KIND")) {
            return "metrics";
        }
        if (command.get(0).equals("drill")) {
            return "healthy-canary";
        }
        Class<?> type = arg.type();
        if (type == double.class || type == long.class || type == int.class || Number.class.isAssignableFrom(type)) {
            return "1";
        }
        return java.util.Map.class.isAssignableFrom(type) ? "k=1" : "x";
    }

    @ParameterizedTest(name = "{0} --db {1}")
    @MethodSource("everyCommandTimesEveryUnusableWorkspace")
    void oneLineAndADocumentedCode(Leaf command, String db) {
        List<String> args = new ArrayList<>(command.path());
        args.addAll(command.args());
        args.addAll(List.of("--db", db.startsWith("/") ? db : folder.resolve(db).toString()));

        Run run = CommandLineTest.run(args.toArray(String[]::new));

        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("bellwether " + command + ": cannot open the workspace ")
                .doesNotContain("at io.", "Exception", "\tat ");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
    }
}
