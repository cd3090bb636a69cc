package io.bellwether.ui.imports;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.io.DataImport;
import io.bellwether.io.ImportKind;
import io.bellwether.io.ImportRefusedException;
import io.bellwether.io.ImportResult;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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

    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(this, "kind", ImportKind.METRICS);
    private final StringProperty targetId = new SimpleStringProperty(this, "targetId", "");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
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
        if (selectedIdOrNull != null) {
            targetId.set(selectedIdOrNull);
            if (selectedIdOrNull.startsWith("shadow_")) {
                kind.set(ImportKind.SHADOW_COMPARISONS);
            }
        }
        importCommand = new Command("Import", Bindings.createBooleanBinding(
                () -> file.get() != null && kind.get() != null && !targetId.get().isBlank(), file, kind, targetId),
                executor, this::importFile);
        file.addListener((obs, old, now) -> forgetLastImport());
    }

    /** A new file: the last import's outcome and refused lines are about another file. */
    private void forgetLastImport() {
        problems.clear();
        message.set("");
        phase.set("");
        progress.set(0);
    }

    public void importFile() {
        if (importCommand.isExecutable()) {
            importCommand.execute();
        }
    }

    private void importFile(TaskExecutor worker) {
        ImportKind chosenKind = kind.get();
        String target = targetId.get().trim();
        Path chosenFile = file.get();
        forgetLastImport();
        message.set("Importing " + chosenFile.getFileName() + "…");
        String actor = operator.get();
        worker.runWithProgress(report -> {
            ImportProgress phases = new ImportProgress(report);
            return new DataImport(workspace, actor, phases::written).importFile(chosenKind, target, chosenFile,
                    clock.instant(), phases::read);
        }, (fraction, text) -> {
            progress.set(fraction);
            phase.set(text);
        }, this::landed, this::refused);
    }

    private void landed(ImportResult result) {
        progress.set(1);
        phase.set("");
        message.set("Imported " + result.records() + " records into " + result.kind().target() + " "
                + result.targetId() + ".");
        onImported.accept(result.targetId());
    }

    private void refused(Throwable failure) {
        progress.set(0);
        phase.set("");
        if (failure instanceof ImportRefusedException refusal) {
            refusal.problems().forEach(problem -> problems.add("line " + problem.line() + ": "
                    + (problem.field() == null ? "" : problem.field() + ": ") + problem.reason()));
            if (refusal.moreProblems() > 0) {
                problems.add("… and " + refusal.moreProblems() + " more problems");
            }
            message.set("Refused: nothing was stored. Fix the lines below and import again.");
        } else {
            message.set("Refused: nothing was stored. " + (failure.getMessage() == null ? failure.toString()
                    : failure.getMessage()));
        }
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public StringProperty targetIdProperty() {
        return targetId;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Command importCommand() {
        return importCommand;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the import is doing now (reading, writing); empty when it is not running. */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }
}
