package io.bellwether.ui.imports;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.io.DataImport;
import io.bellwether.io.ImportKind;
import io.bellwether.io.ImportRefusedException;
import io.bellwether.io.ImportResult;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.common.StatusLine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Imports metrics, health checks or shadow comparisons from a CSV or JSON Lines file into one
 * deployment, on the worker, with progress. The import lands whole or not at all; a refusal lists
 * every bad line.
 */
public final class ImportViewModel {
    private final Workspace workspace;
    private final Clock clock;
    private final Consumer<String> onImported;

    private final ImportForm form;
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress", Progress.NONE);
    private final StatusLine status = new StatusLine();
    private final Command importCommand;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Supplier<String> operator;

    /**
     * @param selectedIdOrNull the deployment or shadow deployment selected in the console: the default target
     * @param onImported       told the target id after an import landed (the shell reloads)
     * @param operator         who the import is recorded under: the console's operator
     */
    public ImportViewModel(Workspace workspace, TaskExecutor executor, Clock clock, String selectedIdOrNull,
                           Consumer<String> onImported, Supplier<String> operator) {
        this.workspace = workspace;
        this.operator = operator;
        this.clock = clock;
        this.onImported = onImported;
        this.form = ImportForm.startingAt(selectedIdOrNull);
        importCommand = new Command("Import", form.complete(), executor, this::importFile);
        status.busyWhile(importCommand.runningProperty());
        form.file().addListener((obs, old, now) -> forgetLastImport());
    }

    /** A new file: the last import's outcome and refused lines are about another file. */
    private void forgetLastImport() {
        problems.clear();
        status.say("");
        progress.set(Progress.NONE);
    }

    public void importFile() {
        if (importCommand.isExecutable()) {
            importCommand.execute();
        }
    }

    private void importFile(TaskExecutor worker) {
        ImportKind chosenKind = form.kind().get();
        String target = form.targetId().get().trim();
        Path chosenFile = form.file().get();
        forgetLastImport();
        status.say("Importing " + chosenFile.getFileName() + "…");
        String actor = operator.get();
        worker.runWithProgress(report -> {
            ImportProgress phases = new ImportProgress(report);
            return new DataImport(workspace, actor, phases::written).importFile(chosenKind, target, chosenFile,
                    clock.instant(), phases::read);
        }, (fraction, text) -> {
            progress.set(new Progress(fraction, text));
        }, this::landed, this::refused);
    }

    private void landed(ImportResult result) {
        progress.set(new Progress(1, ""));
        status.say("Imported " + result.records() + " records into " + result.kind().target() + " "
                + result.targetId() + ".");
        onImported.accept(result.targetId());
    }

    private void refused(Throwable failure) {
        progress.set(Progress.NONE);
        if (failure instanceof ImportRefusedException refusal) {
            refusal.problems().forEach(problem -> problems.add("line " + problem.line() + ": "
                    + (problem.field() == null ? "" : problem.field() + ": ") + problem.reason()));
            if (refusal.moreProblems() > 0) {
                problems.add("… and " + refusal.moreProblems() + " more problems");
            }
            status.say("Refused: nothing was stored. Fix the lines below and import again.");
        } else {
            status.say("Refused: nothing was stored. " + (failure.getMessage() == null ? failure.toString()
                    : failure.getMessage()));
        }
    }

    /** The fields the dialog binds to; {@link #importFile()} imports what they say. */
    public ImportForm form() {
        return form;
    }

    public Command importCommand() {
        return importCommand;
    }

    /** How far the import is, for the bar and its caption. */
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The outcome of the last import, and whether one is running. */
    public StatusLine status() {
        return status;
    }

    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /**
     * The bar's share done (-1 while it cannot tell) and what the import is doing now (reading,
     * writing); empty when it is not running.
     */
    public record Progress(double fraction, String phase) {
        static final Progress NONE = new Progress(0, "");
    }
}
