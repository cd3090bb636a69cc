package io.bellwether.ui.shell;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.in.WorkspaceUnavailableException;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {
    @TempDir
    Path dir;
    private ShellViewModel shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.close(() -> { });
        }
    }

    @Test
    void anEmptyWorkspaceShowsTheWelcomeState() {
        shell = new ShellViewModel(Bellwether::openAs, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("ws"));
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.WELCOME);
        assertThat(shell.workspaceProperty().get().location()).isEqualTo(dir.resolve("ws"));
    }

    @Test
    void aChangeFromTheCommandLineLeavesTheWelcomeStateOnceThereIsSomethingToShow() {
        shell = new ShellViewModel(Bellwether::openAs, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("ws"));
        shell.open();
        shell.changedOutside();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.WELCOME);

        shell.workspaceProperty().get().lifecycle().createDeployment(Fixtures.direct("m", "v1", "staging"));
        shell.changedOutside();

        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.CONSOLE);
    }

    @Test
    void aWorkspaceWithDeploymentsShowsTheConsole() {
        try (Workspace existing = Bellwether.openRecordOnly(dir.resolve("ws"))) {
            existing.lifecycle().createDeployment(Fixtures.direct("m", "v1", "staging"));
        }
        shell = new ShellViewModel(Bellwether::openAs, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("ws"));
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.CONSOLE);
    }

    @Test
    void aWorkspaceThatCannotOpenSaysWhy() {
        shell = new ShellViewModel((path, clock, account) -> {
            throw new IllegalStateException("database is locked");
        }, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("ws"));
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.FAILED);
        assertThat(shell.errorProperty().get()).isEqualTo("database is locked");
    }

    @Test
    void aWorkspaceHeldByAnotherProcessSaysSoInWordsAndRetrySucceedsOnceItIsFree() {
        java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean(true);
        shell = new ShellViewModel((path, clock, account) -> {
            if (held.get()) {
                throw new io.bellwether.application.port.in.WorkspaceUnavailableException(path,
                        "another process is using it", null);
            }
            return Bellwether.open(path, clock);
        }, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("ws"));
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.FAILED);
        assertThat(shell.errorProperty().get())
                .isEqualTo("cannot open the workspace " + dir.resolve("ws") + ": another process is using it");

        held.set(false);
        shell.retry();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.WELCOME);
        assertThat(shell.errorProperty().get()).isNull();
    }

    @Test
    void anotherWorkspaceCanBeOpenedAfterAFailureByItsDataFile() {
        shell = new ShellViewModel((path, clock, account) -> {
            if (path.equals(dir.resolve("broken"))) {
                throw new IllegalStateException("not a database");
            }
            return Bellwether.open(path, clock);
        }, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("broken"));
        shell.open();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.FAILED);

        shell.openOther(dir.resolve("other.mv.db"));
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.WELCOME);
        assertThat(shell.workspaceProperty().get().location()).isEqualTo(dir.resolve("other"));
        assertThat(shell.location()).isEqualTo(dir.resolve("other"));
    }

    @Test
    void theDemoIsBuiltOnceBesideTheWorkspaceWithProgressThenOpened() {
        shell = new ShellViewModel(Bellwether::openAs, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("ws"));
        shell.open();
        List<Double> progress = new ArrayList<>();
        shell.openingProperty().addListener((obs, old, now) -> progress.add(now.progress()));
        shell.openDemo();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.CONSOLE);
        Workspace demo = shell.workspaceProperty().get();
        assertThat(demo.location()).isEqualTo(dir.resolve("ws-demo"));
        assertThat(demo.queries().listDeployments(null, null)).hasSize(4);
        assertThat(progress).isSorted().contains(1.0);

        shell.openDemo();
        assertThat(shell.workspaceProperty().get().queries().listDeployments(null, null)).hasSize(4);
    }

    @Test
    void afterTheDemoIsBuiltItsWorkspaceKeepsTheConsolesTime() {
        shell = new ShellViewModel(Bellwether::openAs, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("ws"));
        shell.openDemo();
        Workspace demo = shell.workspaceProperty().get();
        java.time.Instant before = java.time.Instant.now();
        String id = demo.lifecycle().createDeployment(Fixtures.direct("m", "v1", "staging")).deploymentId();
        assertThat(demo.queries().getDeployment(id).createdAt()).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void openingAnotherWorkspaceClosesTheOneOpenFirst() {
        List<Workspace> opened = new ArrayList<>();
        shell = new ShellViewModel((path, clock, account) -> {
            Workspace workspace = Bellwether.openAs(path, clock, account);
            opened.add(workspace);
            return workspace;
        }, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("first"));
        shell.open();
        shell.openOther(dir.resolve("second.mv.db"));

        assertThat(shell.workspaceProperty().get().location()).isEqualTo(dir.resolve("second"));
        assertThat(opened).hasSize(2);
        try (Workspace again = Bellwether.openRecordOnly(dir.resolve("first"))) {
            assertThat(again.queries().listDeployments(null, null)).isEmpty();
        }
    }

    @Test
    void aTeamWorkspaceIsShownAsItsUrlAndItsDemoIsAFileOfThisWorkstation() {
        shell = new ShellViewModel(Bellwether::openAs, new InlineTaskExecutor(), Clock.systemUTC(),
                Path.of("postgresql://sre@db.example.com:5432/bellwether"));
        assertThat(shell.shownLocation()).isEqualTo("postgresql://sre@db.example.com:5432/bellwether");
        assertThat(shell.demoLocation().toString()).doesNotStartWith("postgresql").endsWith("bellwether-demo");
        shell = null;
    }
}
