package io.bellwether.ui.shell;

import io.bellwether.domain.DeploymentStatus;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The deployment list's filters as the operator sets them: a status and an environment (null shows
 * every one, and shadow deployments) and a model search.
 */
public record DeploymentFilters(ObjectProperty<DeploymentStatus> status, StringProperty environment,
                                StringProperty search) {

    public static DeploymentFilters none() {
        return new DeploymentFilters(new SimpleObjectProperty<>(), new SimpleStringProperty(), new SimpleStringProperty(""));
    }

    boolean passes(DeploymentRow row) {
        boolean statusOk = status.get() == null || status.get() == row.status();
        boolean environmentOk = environment.get() == null || environment.get().equals(row.environment());
        return statusOk && environmentOk && row.matchesModel(search.get());
    }

    /** Shows every row again. */
    void clear() {
        status.set(null);
        environment.set(null);
        search.set("");
    }

    /** Tells {@code apply} the filter to use now, after every change of a field. */
    void onChange(Consumer<Predicate<DeploymentRow>> apply) {
        for (Observable field : new Observable[] {status, environment, search}) {
            field.addListener(obs -> apply.accept(this::passes));
        }
    }
}
