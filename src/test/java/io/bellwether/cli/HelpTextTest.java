package io.bellwether.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import static org.assertj.core.api.Assertions.assertThat;

/** Every command's {@code --help} renders without a picocli warning (an unescaped % in a description). */
class HelpTextTest {

    /** The words that reach every command of the tree, "deployments create" and so on. */
    static Stream<String> everyCommand() {
        List<String> paths = new ArrayList<>();
        collect(BellwetherCommand.commandLine(), "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine line, String path, List<String> paths) {
        paths.add(path.strip());
        line.getSubcommands().forEach((name, sub) -> collect(sub, path + " " + name, paths));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void helpHasNoPicocliWarning(String command) {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        CommandLineTest.Run run;
        try {
            List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
            args.add("--help");
            run = CommandLineTest.run(args.toArray(String[]::new));
        } finally {
            System.setErr(systemErr);
        }
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: bellwether");
        assertThat(warnings.toString(StandardCharsets.UTF_8) + run.err()).doesNotContain("[picocli WARN]");
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void exitCodesAreHeadedWhereListed(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        CommandLineTest.Run run = CommandLineTest.run(args.toArray(String[]::new));
        CommandLine line = BellwetherCommand.commandLine();
        for (String word : command.isEmpty() ? new String[0] : command.split(" ")) {
            line = line.getSubcommands().get(word);
        }
        boolean listed = !line.getCommandSpec().usageMessage().exitCodeList().isEmpty();
        assertThat(run.out().contains("Exit codes:" + System.lineSeparator())).isEqualTo(listed);
    }
}
