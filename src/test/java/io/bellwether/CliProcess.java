package io.bellwether;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real command line ({@code io.bellwether.Main}) in a JVM of its own, run in a given folder, stdin empty. */
public final class CliProcess {
    private CliProcess() {
    }

    public record Run(int exitCode, String out, String err) {
    }

    /** The command line of a JVM running {@code mainClass} on the tests' classpath. */
    public static List<String> java(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** A command line started and not yet waited for. */
    public record Started(Process process, Path out, Path err) {
        public Run finish() throws Exception {
            return CliProcess.finish(process, out, err);
        }
    }

    public static Started start(Path workingDirectory, String... args) throws IOException {
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        Process process = new ProcessBuilder(java(Main.class, args)).directory(workingDirectory.toFile())
                .redirectInput(new File("/dev/null")).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Started(process, out, err);
    }

    public static Run run(Path workingDirectory, String... args) throws Exception {
        return start(workingDirectory, args).finish();
    }

    static Run finish(Process process, Path out, Path err) throws Exception {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the command line did not end within 60 s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
