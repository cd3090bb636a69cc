package io.bellwether.hooks;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.out.TrafficEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** A real program, written by the test, run through the command adapter. */
class CommandTrafficControllerTest {
    static final TrafficEvent STAGE = new TrafficEvent(TrafficAction.STAGE_CHANGE, "deploy_1", "fraud", "v2",
            "production", "canary", 0.25, 2, null, "alice", Instant.parse("2026-03-14T09:26:53Z"));

    @TempDir
    Path dir;

    HookOutcome run(String script, Duration timeout, String... fixedArguments) throws Exception {
        Path program = Scripts.write(dir, "hook.sh", script);
        List<String> command = new java.util.ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(fixedArguments));
        return new CommandTrafficController(command, timeout).call(STAGE);
    }

    @Test
    void successPassesTheFieldsAsArgumentsAndEnvironment() throws Exception {
        HookOutcome outcome = run("echo \"args: $*\"; echo \"env: $BELLWETHER_EVENT $BELLWETHER_DEPLOYMENT_ID"
                + " $BELLWETHER_MODEL $BELLWETHER_VERSION $BELLWETHER_ENVIRONMENT $BELLWETHER_STRATEGY"
                + " $BELLWETHER_TRAFFIC [$BELLWETHER_REASON] $BELLWETHER_OPERATOR $BELLWETHER_STAGE\"",
                Duration.ofSeconds(10), "--rollout", "fraud-api");

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.adapter()).isEqualTo(HookAdapter.COMMAND);
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.httpStatus()).isNull();
        assertThat(outcome.error()).isNull();
        assertThat(outcome.outputExcerpt()).contains(
                "args: --rollout fraud-api stage_change deploy_1 fraud v2 production canary 0.25  alice 2",
                "env: stage_change deploy_1 fraud v2 production canary 0.25 [] alice 2");
    }

    @Test
    void nonZeroExitIsAFailureWithItsCodeAndOutput() throws Exception {
        HookOutcome outcome = run("echo 'rollout fraud-api not found' >&2; exit 3", Duration.ofSeconds(10));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.outputExcerpt()).contains("rollout fraud-api not found");
        assertThat(outcome.summary()).contains("exit code 3", "rollout fraud-api not found");
    }

    @Test
    @Timeout(10)
    void timeoutKillsTheProcessAndItsChildren() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        long started = System.nanoTime();
        HookOutcome outcome = run("echo starting; sleep 30 & echo $! > " + pidFile + "; wait",
                Duration.ofMillis(700));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.exitCode()).isNull();
        assertThat(outcome.error()).contains("timed out after 700 ms");
        assertThat(outcome.outputExcerpt()).contains("starting");
        assertThat(outcome.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        long child = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(waitUntilGone(child)).as("the script's sleeping child was killed").isTrue();
    }

    @Test
    void aMissingProgramIsAFailureNamingIt() {
        HookOutcome outcome = new CommandTrafficController(List.of(dir.resolve("absent.sh").toString()),
                Duration.ofSeconds(5)).call(STAGE);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.error()).startsWith("cannot run " + dir.resolve("absent.sh"));
    }

    @Test
    void longOutputIsTruncated() throws Exception {
        HookOutcome outcome = run("i=0; while [ $i -lt 2000 ]; do echo line $i; i=$((i+1)); done",
                Duration.ofSeconds(10));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.outputExcerpt()).hasSize(HookOutcome.MAX_EXCERPT).startsWith("line 0\n")
                .endsWith("[... truncated]");
    }

    private static boolean waitUntilGone(long pid) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(50);
            } else {
                return true;
            }
        }
        return false;
    }
}
