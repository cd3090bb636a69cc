package io.bellwether.ui.shell;

import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.domain.Deployment;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Loader;
import io.bellwether.ui.common.StatusLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The deployment list: every deployment and shadow deployment, newest first, filtered by status,
 * environment and a model search, with the selection kept across reloads.
 */
public final class DeploymentListViewModel {
    private final DeploymentQueries deployments;
    private final Loader loader;
    private final ObservableList<DeploymentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DeploymentRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<String> environments = FXCollections.observableArrayList();
    // One read-only view each: listeners on a throw-away wrapper would vanish with it.
    private final ObservableList<DeploymentRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> readOnlyEnvironments = FXCollections.unmodifiableObservableList(environments);
    private final DeploymentFilters filters = DeploymentFilters.none();
    private final ObjectProperty<DeploymentRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Deployment> selectedDeployment = new ReadOnlyObjectWrapper<>(this, "selectedDeployment");
    private final StatusLine status = new StatusLine();
    private final List<Runnable> whenLoaded = new ArrayList<>();
    private String toSelect;

    public DeploymentListViewModel(DeploymentQueries deployments, TaskExecutor executor) {
        this.deployments = deployments;
        this.loader = new Loader(executor);
        status.busyWhile(loader.busyProperty());
        filters.onChange(visibleRows::setPredicate);
        selectedDeployment.bind(Bindings.createObjectBinding(
                () -> selected.get() == null ? null : selected.get().deployment(), selected));
    }

    /**
     * Reloads from the workspace, then selects {@code idToSelect} (or keeps the selection if null).
     * When loads overlap only the newest is shown, and every {@code whenDone} runs after it.
     */
    public void load(String idToSelect, Runnable whenDone) {
        if (idToSelect != null) {
            toSelect = idToSelect;
        }
        whenLoaded.add(whenDone);
        loader.load(this::fetch, this::show, failure -> {
            status.say("Could not load deployments: " + failure.getMessage());
            loaded();
        });
    }

    private void show(List<DeploymentRow> fetched) {
        String wanted = toSelect != null ? toSelect : selected.get() == null ? null : selected.get().id();
        status.say("");
        rows.setAll(fetched);
        TreeSet<String> names = new TreeSet<>();
        fetched.stream().map(DeploymentRow::environment).filter(Objects::nonNull).forEach(names::add);
        environments.setAll(names);
        selected.set(fetched.stream().filter(row -> row.id().equals(wanted)).findFirst().orElse(null));
        loaded();
    }

    private void loaded() {
        toSelect = null;
        List<Runnable> done = List.copyOf(whenLoaded);
        whenLoaded.clear();
        done.forEach(Runnable::run);
    }

    /** Selects the row of {@code id}, clearing the filters that hide it; false when no loaded row has it. */
    public boolean select(String id) {
        DeploymentRow row = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        if (!filters.passes(row)) {
            filters.clear();
        }
        selected.set(row);
        return true;
    }

    private List<DeploymentRow> fetch() {
        List<DeploymentRow> fetched = new ArrayList<>();
        deployments.listDeployments(null, null).forEach(d -> fetched.add(DeploymentRow.of(d)));
        deployments.listShadowDeployments().forEach(s -> fetched.add(DeploymentRow.of(s)));
        fetched.sort(Comparator.comparing(DeploymentRow::createdAt).reversed());
        return fetched;
    }

    /** Every row, unfiltered. */
    public ObservableList<DeploymentRow> rows() {
        return readOnlyRows;
    }

    public ObservableList<DeploymentRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<String> environments() {
        return readOnlyEnvironments;
    }

    /** What the visible rows are filtered by. */
    public DeploymentFilters filters() {
        return filters;
    }

    public ObjectProperty<DeploymentRow> selectedProperty() {
        return selected;
    }

    /** The selected deployment; null when nothing or a shadow deployment is selected. */
    public ReadOnlyObjectProperty<Deployment> selectedDeploymentProperty() {
        return selectedDeployment.getReadOnlyProperty();
    }

    /** Why the list could not load (empty when it did), and whether it is loading. */
    public StatusLine status() {
        return status;
    }
}
