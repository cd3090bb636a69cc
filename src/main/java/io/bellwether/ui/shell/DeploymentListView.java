package io.bellwether.ui.shell;

import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.domain.DeploymentStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The deployment list with its status and environment filters and the model search. */
public final class DeploymentListView extends VBox {
    private boolean syncing;

    public DeploymentListView(DeploymentListViewModel viewModel, ZoneId zone) {
        super(6);
        getStyleClass().add("deployment-list");
        setPadding(new Insets(8));
        setMinWidth(290);

        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("Search by model");
        search.textProperty().bindBidirectional(viewModel.filters().search());

        List<Choice<DeploymentStatus>> statuses = new ArrayList<>();
        statuses.add(new Choice<>(null, "All statuses"));
        for (DeploymentStatus status : DeploymentStatus.values()) {
            statuses.add(new Choice<>(status, status.value()));
        }
        ComboBox<Choice<DeploymentStatus>> status = new ComboBox<>(FXCollections.observableArrayList(statuses));
        status.setId("statusFilter");
        status.getSelectionModel().selectFirst();
        status.valueProperty().addListener((obs, old, now) -> viewModel.filters().status().set(now == null ? null : now.value()));

        ComboBox<Choice<String>> environment = new ComboBox<>();
        environment.setId("environmentFilter");
        Runnable fillEnvironments = () -> {
            String current = viewModel.filters().environment().get();
            List<Choice<String>> choices = new ArrayList<>();
            choices.add(new Choice<>(null, "All environments"));
            viewModel.environments().forEach(env -> choices.add(new Choice<>(env, env)));
            environment.getItems().setAll(choices);
            environment.setValue(choices.stream().filter(c -> c.value() != null && c.value().equals(current))
                    .findFirst().orElse(choices.get(0)));
        };
        fillEnvironments.run();
        viewModel.environments().addListener((ListChangeListener<String>) change -> fillEnvironments.run());
        environment.valueProperty().addListener((obs, old, now) -> viewModel.filters().environment().set(now == null ? null : now.value()));
        status.setMaxWidth(Double.MAX_VALUE);
        environment.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox.setHgrow(environment, Priority.ALWAYS);
        HBox filters = new HBox(6, status, environment);

        ListView<DeploymentRow> list = new ListView<>(viewModel.visibleRows());
        list.setId("deploymentList");
        list.setPlaceholder(new Label("No deployment matches the filters."));
        list.setCellFactory(view -> new RowCell(zone));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> select(list, now));
        viewModel.visibleRows().addListener((ListChangeListener<DeploymentRow>) change -> select(list, viewModel.selectedProperty().get()));

        Label heading = new Label("Deployments");
        heading.getStyleClass().add("section-title");
        getChildren().addAll(heading, search, filters, list);
    }

    private void select(ListView<DeploymentRow> list, DeploymentRow row) {
        syncing = true;
        try {
            if (row == null || !list.getItems().contains(row)) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(row);
            }
        } finally {
            syncing = false;
        }
    }

    private static final class RowCell extends ListCell<DeploymentRow> {
        private final ZoneId zone;
        private final StatusBadge badge = new StatusBadge();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final HBox box;

        RowCell(ZoneId zone) {
            this.zone = zone;
            title.getStyleClass().add("row-title");
            detail.getStyleClass().add("row-detail");
            badge.setPrefWidth(96);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setAlignment(Pos.CENTER);
            box = new HBox(8, badge, new VBox(1, title, detail));
            box.setAlignment(Pos.CENTER_LEFT);
            // A zero preferred width lets long names end in an ellipsis instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DeploymentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            badge.setText(row.badge());
            title.setText(row.title());
            String where = row.environment() == null ? "" : " · " + row.environment();
            detail.setText(row.strategy() + where + " · " + DisplayFormats.date(row.createdAt(), zone));
            setText(null);
            setGraphic(box);
        }
    }
}
