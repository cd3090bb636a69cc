package io.bellwether.ui.shell;

import io.bellwether.ui.common.Derived;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The selected deployment's header. */
public final class DeploymentHeaderView extends VBox {

    public DeploymentHeaderView(DeploymentHeaderViewModel viewModel) {
        super(2);
        getStyleClass().add("deployment-header");
        setPadding(new Insets(8, 12, 8, 12));
        Label title = new Label();
        title.setId("headerTitle");
        title.getStyleClass().add("header-title");
        title.textProperty().bind(Derived.text(viewModel.textProperty(), DeploymentHeaderViewModel.Text::title));
        StatusBadge badge = new StatusBadge();
        badge.setId("headerStatus");
        badge.textProperty().bind(Derived.text(viewModel.textProperty(), DeploymentHeaderViewModel.Text::badge));
        HBox top = new HBox(10, title, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        Label facts = new Label();
        facts.setId("headerFacts");
        facts.textProperty().bind(Derived.text(viewModel.textProperty(), DeploymentHeaderViewModel.Text::facts));
        Label times = new Label();
        times.setId("headerTimes");
        times.textProperty().bind(Derived.text(viewModel.textProperty(), DeploymentHeaderViewModel.Text::times));
        Label sample = new Label();
        sample.setId("headerSampleAge");
        sample.textProperty().bind(Derived.text(viewModel.sampleAgeProperty(), DeploymentHeaderViewModel.SampleAge::text));
        sample.managedProperty().bind(sample.textProperty().isNotEmpty());
        sample.visibleProperty().bind(sample.managedProperty());
        sample.getStyleClass().add(viewModel.sampleAgeProperty().get().style());
        viewModel.sampleAgeProperty().addListener((obs, old, now) -> sample.getStyleClass().setAll("label", now.style()));
        HBox when = new HBox(12, times, sample);
        when.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("headerNote");
        note.getStyleClass().add("header-note");
        note.setWrapText(true);
        note.textProperty().bind(Derived.text(viewModel.textProperty(), DeploymentHeaderViewModel.Text::note));
        note.managedProperty().bind(Derived.text(viewModel.textProperty(), DeploymentHeaderViewModel.Text::note).isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        Label hook = new Label();
        hook.setId("headerHookWarning");
        hook.getStyleClass().add("header-hook-warning");
        hook.setWrapText(true);
        hook.textProperty().bind(viewModel.hookWarningProperty());
        hook.managedProperty().bind(viewModel.hookWarningProperty().isNotNull());
        hook.visibleProperty().bind(hook.managedProperty());
        getChildren().addAll(top, facts, when, note, hook);
    }
}
