package io.bellwether.ui.actions;

import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.domain.DeploymentStrategy;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import static io.bellwether.ui.actions.NewDeploymentViewModel.BASELINE_PREFIX;

/** The New deployment form: model, strategy, rollback preset and thresholds, baseline, canary plan. */
public final class NewDeploymentDialog extends Dialog<NewDeployment> {
    public static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);

    private final NewDeploymentViewModel viewModel;
    private final ValidationSupport validation = new ValidationSupport();

    public NewDeploymentDialog(Window owner, NewDeploymentViewModel viewModel) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle("New deployment");
        setHeaderText("Create a deployment (it starts as pending)");

        GridPane identity = grid();
        ComboBox<DeploymentStrategy> strategy = new ComboBox<>(FXCollections.observableArrayList(DeploymentStrategy.values()));
        strategy.setId("strategy");
        strategy.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeploymentStrategy value) {
                return value == null ? "" : value.value();
            }

            @Override
            public DeploymentStrategy fromString(String text) {
                return DeploymentStrategy.fromValue(text);
            }
        });
        strategy.valueProperty().bindBidirectional(viewModel.strategyProperty());
        row(identity, 0, "Model name", field("modelName", NewDeploymentViewModel.MODEL_NAME, viewModel.text(NewDeploymentViewModel.MODEL_NAME)), "e.g. fraud_detector");
        row(identity, 1, "Version", field("modelVersion", NewDeploymentViewModel.MODEL_VERSION, viewModel.text(NewDeploymentViewModel.MODEL_VERSION)), "e.g. v2.0.0");
        row(identity, 2, "Strategy", strategy, null);
        row(identity, 3, "Environment", field("environment", NewDeploymentViewModel.ENVIRONMENT, viewModel.text(NewDeploymentViewModel.ENVIRONMENT)), null);
        row(identity, 4, "Created by", field("createdBy", NewDeploymentViewModel.CREATED_BY, viewModel.text(NewDeploymentViewModel.CREATED_BY)), null);

        GridPane canary = grid();
        row(canary, 0, "Initial traffic (%)", field("initialTraffic", NewDeploymentViewModel.INITIAL_TRAFFIC, viewModel.text(NewDeploymentViewModel.INITIAL_TRAFFIC)), "e.g. 5");
        row(canary, 1, "Increment (%)", field("increment", NewDeploymentViewModel.INCREMENT, viewModel.text(NewDeploymentViewModel.INCREMENT)), "traffic added per stage");
        row(canary, 2, "Target traffic (%)", field("targetTraffic", NewDeploymentViewModel.TARGET_TRAFFIC, viewModel.text(NewDeploymentViewModel.TARGET_TRAFFIC)), null);
        row(canary, 3, "Hours per stage", field("intervalHours", NewDeploymentViewModel.INTERVAL_HOURS, viewModel.text(NewDeploymentViewModel.INTERVAL_HOURS)), null);
        VBox canaryBox = section("Canary plan", canary);
        canaryBox.visibleProperty().bind(viewModel.strategyProperty().isEqualTo(DeploymentStrategy.CANARY));
        canaryBox.managedProperty().bind(canaryBox.visibleProperty());

        GridPane rollback = grid();
        ComboBox<RollbackPreset> preset = new ComboBox<>(FXCollections.observableArrayList(RollbackPreset.values()));
        preset.setId("preset");
        preset.valueProperty().bindBidirectional(viewModel.presetProperty());
        CheckBox enabled = new CheckBox("Automated rollback enabled");
        enabled.setId("rollbackEnabled");
        enabled.selectedProperty().bindBidirectional(viewModel.rollbackEnabledProperty());
        row(rollback, 0, "Preset", preset, "the deployment guide's presets");
        rollback.add(enabled, 1, 1);
        row(rollback, 2, "Error rate threshold (%)", field("errorRateThreshold", NewDeploymentViewModel.ERROR_RATE_THRESHOLD, viewModel.text(NewDeploymentViewModel.ERROR_RATE_THRESHOLD)), "roll back above this, e.g. 1");
        row(rollback, 3, "Latency multiplier", field("latencyMultiplier", NewDeploymentViewModel.LATENCY_MULTIPLIER, viewModel.text(NewDeploymentViewModel.LATENCY_MULTIPLIER)), "roll back when p95/p99 exceed baseline × this");
        row(rollback, 4, "Min requests", field("minRequests", NewDeploymentViewModel.MIN_REQUESTS, viewModel.text(NewDeploymentViewModel.MIN_REQUESTS)), "before the first check");
        row(rollback, 5, "Check every (s)", field("checkInterval", NewDeploymentViewModel.CHECK_INTERVAL, viewModel.text(NewDeploymentViewModel.CHECK_INTERVAL)), null);

        GridPane baseline = grid();
        row(baseline, 0, "p50 / p95 / p99 (ms)", new HBox(4,
                narrow(field("baselineP50", BASELINE_PREFIX + NewDeploymentViewModel.BASELINE_P50, viewModel.text(NewDeploymentViewModel.BASELINE_P50))),
                narrow(field("baselineP95", BASELINE_PREFIX + NewDeploymentViewModel.BASELINE_P95, viewModel.text(NewDeploymentViewModel.BASELINE_P95))),
                narrow(field("baselineP99", BASELINE_PREFIX + NewDeploymentViewModel.BASELINE_P99, viewModel.text(NewDeploymentViewModel.BASELINE_P99)))), null);
        row(baseline, 1, "Error rate (%)", field("baselineErrorRate", BASELINE_PREFIX + NewDeploymentViewModel.BASELINE_ERROR_RATE, viewModel.text(NewDeploymentViewModel.BASELINE_ERROR_RATE)), "blank = not measured");
        row(baseline, 2, "Requests/s", field("baselineRps", BASELINE_PREFIX + NewDeploymentViewModel.BASELINE_RPS, viewModel.text(NewDeploymentViewModel.BASELINE_RPS)), null);

        Label error = FormControls.errorLabel("newDeploymentError");
        error.textProperty().bind(viewModel.check().firstErrorProperty());
        VBox left = new VBox(10, section("Model", identity), canaryBox, metricsSection(viewModel.metrics()));
        VBox right = new VBox(10, section("Automated rollback", rollback), section("Baseline (current production model, optional)", baseline));
        VBox content = new VBox(10, new HBox(18, left, right), error);
        FormControls.finish(this, content, CREATE, "createDeployment", viewModel.check(), validation,
                viewModel::toNewDeployment);
    }

    /** Optional: the Prometheus the deployment's metrics come from, as {@code bellwether metrics bind} takes it. */
    private VBox metricsSection(PrometheusFormViewModel metrics) {
        CheckBox fromPrometheus = new CheckBox("Sample this deployment's metrics from Prometheus");
        fromPrometheus.setId("metricsFromPrometheus");
        fromPrometheus.selectedProperty().bindBidirectional(metrics.enabledProperty());
        ComboBox<MetricsPresets.Preset> preset = new ComboBox<>(FXCollections.observableArrayList(
                MetricsPresets.Preset.values()));
        preset.setId("metricsPreset");
        preset.valueProperty().bindBidirectional(metrics.presetProperty());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(MetricsPresets.Preset value) {
                return value == null ? "" : value.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public MetricsPresets.Preset fromString(String text) {
                return MetricsPresets.Preset.fromValue(text);
            }
        });
        GridPane grid = grid();
        row(grid, 0, "Prometheus URL", field("prometheusUrl", PrometheusFormViewModel.URL, metrics.urlProperty()),
                "base URL, e.g. http://prometheus.internal:9090");
        row(grid, 1, "Preset", preset, "histogram: PREFIX_duration_seconds_bucket; summary: quantile labels");
        row(grid, 2, "Metric prefix", field("metricPrefix", PrometheusFormViewModel.PREFIX, metrics.prefixProperty()),
                "PREFIX_duration_seconds and PREFIX_errors_total, labelled model, version, environment");
        row(grid, 3, "Window", field("metricsWindow", PrometheusFormViewModel.WINDOW, metrics.windowProperty()),
                "the {window} of rates, e.g. 5m");
        row(grid, 4, "Bearer token variable", field("bearerVariable", PrometheusFormViewModel.BEARER,
                metrics.bearerVariableProperty()), "optional: the environment variable holding the token");
        grid.disableProperty().bind(metrics.enabledProperty().not());
        return section("Metrics from Prometheus (optional)", new VBox(6, fromPrometheus, grid));
    }

    private TextField field(String id, String errorKey, StringProperty value) {
        return FormControls.textField(id, value, validation, () -> viewModel.check().errorFor(errorKey));
    }

    private static TextField narrow(TextField field) {
        field.setPrefColumnCount(5);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    private static void row(GridPane grid, int index, String label, Node control, String hint) {
        Label text = new Label(label);
        if (hint != null && control instanceof javafx.scene.control.Control c) {
            text = FormControls.label(label, c, hint);
        }
        grid.add(text, 0, index);
        grid.add(control, 1, index);
    }

    private static VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        return new VBox(6, heading, body);
    }
}
