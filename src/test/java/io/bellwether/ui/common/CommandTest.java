package io.bellwether.ui.common;

import io.bellwether.ui.HeldTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandTest {
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private final List<String> outcomes = new ArrayList<>();

    @Test
    void followsItsConditionAndRefusesToRunWhenNotExecutable() {
        SimpleBooleanProperty allowed = new SimpleBooleanProperty(false);
        AtomicInteger runs = new AtomicInteger();
        Command command = new Command("Start", allowed, runs::incrementAndGet);
        assertThat(command.isExecutable()).isFalse();
        assertThatThrownBy(command::execute).hasMessage("Start is not possible now");
        assertThat(runs).hasValue(0);
        allowed.set(true);
        assertThat(command.executableProperty().get()).isTrue();
        command.execute();
        assertThat(runs).hasValue(1);
        assertThat(command.isRunning()).isFalse();
    }

    @Test
    void isRunningAndNotExecutableWhileItsWorkIsInFlightThenExecutableAfterSuccess() {
        Command command = new Command("Advance", new SimpleBooleanProperty(true), executor,
                worker -> worker.run(() -> "advanced", outcomes::add, failure -> outcomes.add("failed")));
        command.execute();
        assertThat(command.isRunning()).isTrue();
        assertThat(command.isExecutable()).isFalse();
        assertThatThrownBy(command::execute).hasMessage("Advance is not possible now");
        executor.releaseAll();
        assertThat(outcomes).containsExactly("advanced");
        assertThat(command.isRunning()).isFalse();
        assertThat(command.isExecutable()).isTrue();
    }

    @Test
    void stopsRunningWhenItsWorkFails() {
        Command command = new Command("Approve", new SimpleBooleanProperty(true), executor,
                worker -> worker.run(() -> {
                    throw new IllegalStateException("refused");
                }, ignored -> outcomes.add("approved"), failure -> outcomes.add(failure.getMessage())));
        command.execute();
        assertThat(command.isRunning()).isTrue();
        executor.releaseAll();
        assertThat(outcomes).containsExactly("refused");
        assertThat(command.isRunning()).isFalse();
        assertThat(command.isExecutable()).isTrue();
    }

    @Test
    void isNoLongerRunningWhenItsCallbackRuns() {
        List<Boolean> runningInCallback = new ArrayList<>();
        Command[] command = new Command[1];
        command[0] = new Command("Export", new SimpleBooleanProperty(true), executor,
                worker -> worker.run(() -> 1, ignored -> runningInCallback.add(command[0].isRunning()),
                        failure -> { }));
        command[0].execute();
        executor.releaseAll();
        assertThat(runningInCallback).containsExactly(false);
    }

    @Test
    void anActionThatAsksFirstAndIsCancelledNeverRuns() {
        Command command = new Command("New deployment", new SimpleBooleanProperty(true), executor, worker -> { });
        command.execute();
        assertThat(command.isRunning()).isFalse();
        assertThat(executor.waiting()).isZero();
    }

    @Test
    void isNotExecutableWhileItsConditionIsFalseEvenWhenIdle() {
        SimpleBooleanProperty live = new SimpleBooleanProperty(true);
        Command command = new Command("Pause", live, executor, worker -> worker.run(() -> 1, x -> { }, x -> { }));
        live.set(false);
        assertThat(command.isExecutable()).isFalse();
        live.set(true);
        command.execute();
        live.set(false);
        executor.releaseAll();
        assertThat(command.isExecutable()).isFalse();
    }
}
