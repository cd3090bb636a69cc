package io.bellwether.hooks;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.out.TrafficEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the configured program with the event's fields appended as arguments (event, deployment id,
 * model, version, environment, strategy, traffic, reason, operator, stage; absent ones as "") and
 * exported as {@code BELLWETHER_<FIELD>} environment variables. Exit code 0 is success. Standard output
 * and error go to an owner-only temporary file (no pipe a stray child could keep open), of which the
 * start is kept. When the timeout passes, the process and its children are killed.
 */
public final class CommandTrafficController implements TrafficController {
    static final String ENV_PREFIX = "BELLWETHER_";
    private static final int OUTPUT_BYTES = 16 * 1024;
    private static final Duration REAP_WAIT = Duration.ofSeconds(2);

    private final List<String> command;
    private final Duration timeout;

    public CommandTrafficController(List<String> command, Duration timeout) {
        this.command = List.copyOf(command);
        this.timeout = timeout;
    }

    @Override
    public HookOutcome call(TrafficEvent event) {
        String program = command.get(0);
        long started = System.nanoTime();
        Path output = null;
        try {
            output = Files.createTempFile("bellwether-hook-", ".out");
            Process process = processFor(event, output).start();
            process.getOutputStream().close();
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                killTree(process);
                return HookOutcome.failure(HookAdapter.COMMAND, program, null, null, since(started),
                        head(output), "timed out after " + timeout.toMillis()
                                + " ms; the process and its children were killed");
            }
            int exit = process.exitValue();
            return exit == 0
                    ? HookOutcome.success(HookAdapter.COMMAND, program, exit, null, since(started), head(output))
                    : HookOutcome.failure(HookAdapter.COMMAND, program, exit, null, since(started), head(output),
                            null);
        } catch (IOException e) {
            return HookOutcome.failure(HookAdapter.COMMAND, program, null, null, since(started), null,
                    "cannot run " + program + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HookOutcome.failure(HookAdapter.COMMAND, program, null, null, since(started), null,
                    "interrupted while waiting for " + program);
        } finally {
            deleteQuietly(output);
        }
    }

    private ProcessBuilder processFor(TrafficEvent event, Path output) {
        List<String> arguments = new ArrayList<>(command);
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        event.fields().forEach((name, value) -> {
            String text = value == null ? "" : value.toString();
            if (!"occurred_at".equals(name)) {
                arguments.add(text);
            }
            variables.put(ENV_PREFIX + name.toUpperCase(Locale.ROOT), text);
        });
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(variables);
        return builder;
    }

    /** Children first listed, then the process killed (so it forks no more), then the children. */
    private static void killTree(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(REAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String head(Path output) throws IOException {
        try (InputStream in = Files.newInputStream(output)) {
            return new String(in.readNBytes(OUTPUT_BYTES), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
