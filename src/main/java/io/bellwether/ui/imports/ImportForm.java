package io.bellwether.ui.imports;

import io.bellwether.io.ImportKind;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the operator chose to import: the kind of records, the deployment they go to, and the file. */
public record ImportForm(ObjectProperty<ImportKind> kind, StringProperty targetId, ObjectProperty<Path> file) {

    /** Metrics, no file yet; the selected deployment (a shadow deployment: its comparisons) as the target. */
    static ImportForm startingAt(String selectedIdOrNull) {
        ImportForm form = new ImportForm(new SimpleObjectProperty<>(ImportKind.METRICS), new SimpleStringProperty(""),
                new SimpleObjectProperty<>());
        if (selectedIdOrNull != null) {
            form.targetId.set(selectedIdOrNull);
            if (selectedIdOrNull.startsWith("shadow_")) {
                form.kind.set(ImportKind.SHADOW_COMPARISONS);
            }
        }
        return form;
    }

    BooleanBinding complete() {
        return Bindings.createBooleanBinding(() -> file.get() != null && kind.get() != null && !targetId.get().isBlank(),
                file, kind, targetId);
    }
}
