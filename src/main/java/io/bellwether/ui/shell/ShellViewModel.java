package io.bellwether.ui.shell;

import io.bellwether.ui.common.StatusLine;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.drill.DemoAccounts;
import io.bellwether.drill.DemoWorkspace;
import io.bellwether.drill.SimulatedClock;
import io.bellwether.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the console window shows: progress while a workspace opens, the welcome state for an empty
 * workspace, or the console on an open workspace. Opening the demo builds the guide's story in
 * its own database file next to the given one (once), then opens it.
 */
public final class ShellViewModel {
    /** How far opening a workspace is: {@code progress} 0..1, or negative while unknown, and what it does now. */
    public record Opening(double progress, String message) {
    }

    public enum Phase { OPENING, WELCOME, CONSOLE, FAILED }

    private static final String MV_DB = ".mv.db";

    private final WorkspaceOpener opener;
    private final TaskExecutor executor;
    private final Clock clock;
    private Path location;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.OPENING);
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<Opening> opening = new ReadOnlyObjectWrapper<>(this, "opening",
            new Opening(-1, ""));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public ShellViewModel(WorkspaceOpener opener, TaskExecutor executor, Clock clock, Path location) {
        this.opener = opener;
        this.executor = executor;
        this.clock = clock;
        this.location = location;
    }

    /** The workspace as people read it: a team workspace's URL as typed, a file's absolute base name. */
    public String shownLocation() {
        return shown(location);
    }

    public static String shown(Path location) {
        String text = location.toString();
        return isTeamWorkspace(location)
                ? OpenWorkspaceViewModel.SCHEME + text.substring("postgresql:/".length()).replaceFirst("^/", "")
                : location.toAbsolutePath().toString();
    }

    private static boolean isTeamWorkspace(Path location) {
        return location.toString().startsWith("postgresql:/");
    }

    /** The file the demo workspace lives in: beside the given workspace, named "-demo" (a team workspace's: in ~/.bellwether). */
    public Path demoLocation() {
        if (isTeamWorkspace(location)) {
            return Path.of(System.getProperty("user.home"), ".bellwether", "bellwether-demo");
        }
        return location.resolveSibling(location.getFileName() + "-demo");
    }

    /** After a failure: tries the same workspace again. */
    public void retry() {
        open();
    }

    /** After a failure: opens {@code other} instead (a database base name or its {@code .mv.db} file). */
    public void openOther(Path other) {
        String name = other.getFileName().toString();
        location = name.endsWith(MV_DB) ? other.resolveSibling(name.substring(0, name.length() - MV_DB.length()))
                : other;
        open();
    }

    /** Opens the given workspace (closing the one open, if any); an empty one shows the welcome state. */
    public void open() {
        Workspace previous = workspace.get();
        workspace.set(null);
        begin("Opening " + shownLocation());
        executor.run(() -> {
            if (previous != null) {
                previous.close();
            }
            Workspace opened = opener.open(location, clock, Operators::osAccount);
            return new Opened(opened, isEmpty(opened));
        }, opened -> show(opened.workspace(), opened.empty() ? Phase.WELCOME : Phase.CONSOLE), this::failed);
    }

    private record Opened(Workspace workspace, boolean empty) {
    }

    private static boolean isEmpty(Workspace workspace) {
        return workspace.queries().listDeployments(null, null).isEmpty()
                && workspace.queries().listShadowDeployments().isEmpty();
    }

    /** Builds the demo workspace if it does not exist yet, closes the current one and opens the demo. */
    public void openDemo() {
        Workspace previous = workspace.get();
        begin("Opening the demo workspace");
        Path demo = demoLocation();
        executor.runWithProgress(report -> {
            // The story is written with a clock set in the past; the console then reopens it on its own clock.
            Instant now = clock.instant();
            SimulatedClock history = new SimulatedClock(now);
            DemoAccounts people = new DemoAccounts();
            try (Workspace building = opener.open(demo, history, people)) {
                if (isEmpty(building)) {
                    new DemoWorkspace(building, history, now, 20_26L).withRegistry(building.registry(), people)
                            .build(report::progress);
                }
            }
            Workspace opened = opener.open(demo, clock, Operators::osAccount);
            if (previous != null) {
                previous.close();
            }
            return opened;
        }, (fraction, message) -> {
            opening.set(new Opening(fraction, message));
        }, opened -> show(opened, Phase.CONSOLE), this::failed);
    }

    /** A deployment was created in the welcome state: show the console. */
    public void showConsole() {
        if (workspace.get() != null) {
            phase.set(Phase.CONSOLE);
        }
    }

    /**
     * A command from the command line changed the workspace while the welcome state shows: the
     * console appears once the workspace holds something to show.
     */
    public void changedOutside() {
        Workspace open = workspace.get();
        if (open == null || phase.get() != Phase.WELCOME) {
            return;
        }
        executor.run(() -> isEmpty(open), empty -> {
            if (!empty && phase.get() == Phase.WELCOME && workspace.get() == open) {
                phase.set(Phase.CONSOLE);
            }
        }, failure -> { });
    }

    private void begin(String message) {
        error.set(null);
        opening.set(new Opening(-1, message));
        phase.set(Phase.OPENING);
    }

    private void show(Workspace opened, Phase next) {
        workspace.set(opened);
        opening.set(new Opening(opening.get().progress(), ""));
        phase.set(next);
    }

    private void failed(Throwable failure) {
        error.set(StatusLine.oneLine(failure));
        phase.set(Phase.FAILED);
    }

    /** Closes the open workspace, on the worker so it runs after queued database work. */
    public void close(Runnable whenClosed) {
        Workspace open = workspace.get();
        workspace.set(null);
        executor.run(() -> {
            if (open != null) {
                open.close();
            }
            return Boolean.TRUE;
        }, done -> whenClosed.run(), failure -> whenClosed.run());
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Opening> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Path location() {
        return location;
    }
}
