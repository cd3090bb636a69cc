package io.bellwether.ui.actions;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.domain.Checks;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The New deployment form: every field as text, validated on each change with messages that name
 * the field and the value, and the guide's rollback presets filling the rollback fields; optionally
 * the Prometheus the deployment's metrics come from ({@link #metrics()}).
 */
public final class NewDeploymentViewModel {
    public static final String MODEL_NAME = "model_name";
    public static final String MODEL_VERSION = "model_version";
    public static final String ENVIRONMENT = "environment";
    public static final String CREATED_BY = "created_by";
    public static final String ERROR_RATE_THRESHOLD = "error_rate_threshold";
    public static final String LATENCY_MULTIPLIER = "latency_threshold_multiplier";
    public static final String MIN_REQUESTS = "min_requests_before_check";
    public static final String CHECK_INTERVAL = "check_interval_seconds";
    public static final String BASELINE_PREFIX = "baseline ";
    public static final String INITIAL_TRAFFIC = "initial_traffic";
    public static final String INCREMENT = "increment";
    public static final String TARGET_TRAFFIC = "target_traffic";
    public static final String INTERVAL_HOURS = "increment_interval_hours";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final StringProperty modelName = new SimpleStringProperty(this, MODEL_NAME, "");
    private final StringProperty modelVersion = new SimpleStringProperty(this, MODEL_VERSION, "");
    private final StringProperty environment = new SimpleStringProperty(this, ENVIRONMENT, "production");
    private final StringProperty createdBy;
    private final ObjectProperty<DeploymentStrategy> strategy =
            new SimpleObjectProperty<>(this, "strategy", DeploymentStrategy.CANARY);
    private final ObjectProperty<RollbackPreset> preset = new SimpleObjectProperty<>(this, "preset", RollbackPreset.BALANCED);
    private final BooleanProperty rollbackEnabled = new SimpleBooleanProperty(this, "enabled", true);
    private final StringProperty errorRateThreshold = new SimpleStringProperty(this, ERROR_RATE_THRESHOLD);
    private final StringProperty latencyMultiplier = new SimpleStringProperty(this, LATENCY_MULTIPLIER);
    private final StringProperty minRequests = new SimpleStringProperty(this, MIN_REQUESTS);
    private final StringProperty checkInterval = new SimpleStringProperty(this, CHECK_INTERVAL);
    private final StringProperty baselineP50 = new SimpleStringProperty(this, "latency_p50", "");
    private final StringProperty baselineP95 = new SimpleStringProperty(this, "latency_p95", "");
    private final StringProperty baselineP99 = new SimpleStringProperty(this, "latency_p99", "");
    private final StringProperty baselineErrorRate = new SimpleStringProperty(this, "error_rate", "");
    private final StringProperty baselineRps = new SimpleStringProperty(this, "requests_per_second", "");
    private final StringProperty initialTraffic = new SimpleStringProperty(this, INITIAL_TRAFFIC, "0.05");
    private final StringProperty increment = new SimpleStringProperty(this, INCREMENT, "0.05");
    private final StringProperty targetTraffic = new SimpleStringProperty(this, TARGET_TRAFFIC, "1.0");
    private final StringProperty intervalHours = new SimpleStringProperty(this, INTERVAL_HOURS, "24");

    private final PrometheusFormViewModel metrics = new PrometheusFormViewModel();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper firstError = new ReadOnlyStringWrapper(this, "firstError");
    private Map<String, String> errors = Map.of();
    private DeploymentRequest request;
    private MetricsBinding metricsBinding;
    private boolean applyingPreset;

    public NewDeploymentViewModel(String operator) {
        createdBy = new SimpleStringProperty(this, CREATED_BY, operator);
        applyPreset(RollbackPreset.BALANCED);
        preset.addListener((obs, old, now) -> {
            if (now != null && now != RollbackPreset.CUSTOM) {
                applyPreset(now);
            }
        });
        for (StringProperty field : List.of(errorRateThreshold, latencyMultiplier, minRequests, checkInterval)) {
            field.addListener((obs, old, now) -> markCustomUnlessPreset());
        }
        for (Observable field : List.of(modelName, modelVersion, environment, createdBy, strategy, rollbackEnabled,
                errorRateThreshold, latencyMultiplier, minRequests, checkInterval, baselineP50, baselineP95,
                baselineP99, baselineErrorRate, baselineRps, initialTraffic, increment, targetTraffic, intervalHours)) {
            field.addListener(obs -> validate());
        }
        metrics.fields().forEach(field -> field.addListener(obs -> validate()));
        validate();
    }

    private void applyPreset(RollbackPreset chosen) {
        RollbackConfig config = chosen.config();
        applyingPreset = true;
        try {
            errorRateThreshold.set(FormFields.format(config.errorRateThreshold()));
            latencyMultiplier.set(FormFields.format(config.latencyThresholdMultiplier()));
            minRequests.set(Long.toString(config.minRequestsBeforeCheck()));
            checkInterval.set(Long.toString(config.checkIntervalSeconds()));
        } finally {
            applyingPreset = false;
        }
    }

    private void markCustomUnlessPreset() {
        if (applyingPreset) {
            return;
        }
        RollbackConfig config = attempt(new LinkedHashMap<>(), this::rollbackConfig);
        preset.set(config == null ? RollbackPreset.CUSTOM : RollbackPreset.matching(config));
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        String name = attempt(found, () -> modelName());
        String version = attempt(found, () -> Checks.required(MODEL_VERSION, modelVersion.get()).trim());
        String env = attempt(found, () -> name(ENVIRONMENT, environment.get()));
        String creator = attempt(found, () -> Checks.required(CREATED_BY, createdBy.get()).trim());
        if (strategy.get() == null) {
            found.put("strategy", "strategy is required (got nothing)");
        }
        RollbackConfig config = attempt(found, this::rollbackConfig);
        PerformanceMetrics baseline = attempt(found, BASELINE_PREFIX, this::baseline);
        Map<String, Object> metadata = attempt(found, this::metadata);
        metricsBinding = metrics.binding(found);
        errors = Map.copyOf(found);
        request = found.isEmpty()
                ? DeploymentRequest.builder(name, version, strategy.get(), creator).environment(env)
                .baselineMetrics(baseline).rollbackConfig(config).metadata(metadata).build()
                : null;
        valid.set(found.isEmpty());
        firstError.set(found.isEmpty() ? null : found.values().iterator().next());
    }

    private static <T> T attempt(Map<String, String> found, Supplier<T> step) {
        return attempt(found, "", step);
    }

    private static <T> T attempt(Map<String, String> found, String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            found.putIfAbsent(prefix + e.field(), prefix + e.getMessage());
            return null;
        }
    }

    private String modelName() {
        return name(MODEL_NAME, modelName.get());
    }

    private static String name(String field, String text) {
        String value = Checks.required(field, text).trim();
        if (!NAME.matcher(value).matches()) {
            throw new InvalidInputException(field, "\"" + value + "\"", "may hold only letters, digits, '_', '-' and '.'");
        }
        return value;
    }

    private RollbackConfig rollbackConfig() {
        return new RollbackConfig(rollbackEnabled.get(),
                FormFields.parseDouble(ERROR_RATE_THRESHOLD, errorRateThreshold.get()),
                FormFields.parseDouble(LATENCY_MULTIPLIER, latencyMultiplier.get()),
                FormFields.parseLong(MIN_REQUESTS, minRequests.get()),
                FormFields.parseLong(CHECK_INTERVAL, checkInterval.get()));
    }

    /** Null when every baseline field is blank: the deployment then has no baseline. */
    private PerformanceMetrics baseline() {
        List<StringProperty> fields = List.of(baselineP50, baselineP95, baselineP99, baselineErrorRate, baselineRps);
        if (fields.stream().allMatch(field -> field.get() == null || field.get().isBlank())) {
            return null;
        }
        double[] values = new double[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = FormFields.parseOptionalDouble(fields.get(i).getName(), fields.get(i).get());
        }
        return new PerformanceMetrics(values[0], values[1], values[2], values[3], values[4]);
    }

    private Map<String, Object> metadata() {
        if (strategy.get() != DeploymentStrategy.CANARY) {
            return Map.of();
        }
        double initial = Checks.fraction(INITIAL_TRAFFIC, FormFields.parseDouble(INITIAL_TRAFFIC, initialTraffic.get()));
        double step = Checks.fraction(INCREMENT, FormFields.parseDouble(INCREMENT, increment.get()));
        double target = Checks.fraction(TARGET_TRAFFIC, FormFields.parseDouble(TARGET_TRAFFIC, targetTraffic.get()));
        double hours = Checks.positive(INTERVAL_HOURS, FormFields.parseDouble(INTERVAL_HOURS, intervalHours.get()));
        Checks.positive(INITIAL_TRAFFIC, initial);
        Checks.positive(INCREMENT, step);
        if (initial > target) {
            throw new InvalidInputException(INITIAL_TRAFFIC, initial, "must not exceed target_traffic " + target);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(INITIAL_TRAFFIC, initial);
        metadata.put(TARGET_TRAFFIC, target);
        metadata.put(INCREMENT, step);
        metadata.put(INTERVAL_HOURS, hours);
        return metadata;
    }

    /** The message for {@code field} (one of the constants, or "baseline latency_p95" etc.), or null. */
    public String errorFor(String field) {
        return errors.get(field);
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** The request the form describes; refuses an invalid form with its first message. */
    public DeploymentRequest toRequest() {
        if (request == null) {
            throw new IllegalArgumentException(firstError.get());
        }
        return request;
    }

    /** The request and, when the metrics section is on, its binding; refuses an invalid form with its first message. */
    public NewDeployment toNewDeployment() {
        return new NewDeployment(toRequest(), metricsBinding);
    }

    /** The "Metrics from Prometheus" section; its messages are among {@link #errors()}, by its field keys. */
    public PrometheusFormViewModel metrics() {
        return metrics;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstErrorProperty() {
        return firstError.getReadOnlyProperty();
    }

    public StringProperty modelNameProperty() {
        return modelName;
    }

    public StringProperty modelVersionProperty() {
        return modelVersion;
    }

    public StringProperty environmentProperty() {
        return environment;
    }

    public StringProperty createdByProperty() {
        return createdBy;
    }

    public ObjectProperty<DeploymentStrategy> strategyProperty() {
        return strategy;
    }

    public ObjectProperty<RollbackPreset> presetProperty() {
        return preset;
    }

    public BooleanProperty rollbackEnabledProperty() {
        return rollbackEnabled;
    }

    public StringProperty errorRateThresholdProperty() {
        return errorRateThreshold;
    }

    public StringProperty latencyMultiplierProperty() {
        return latencyMultiplier;
    }

    public StringProperty minRequestsProperty() {
        return minRequests;
    }

    public StringProperty checkIntervalProperty() {
        return checkInterval;
    }

    public StringProperty baselineP50Property() {
        return baselineP50;
    }

    public StringProperty baselineP95Property() {
        return baselineP95;
    }

    public StringProperty baselineP99Property() {
        return baselineP99;
    }

    public StringProperty baselineErrorRateProperty() {
        return baselineErrorRate;
    }

    public StringProperty baselineRpsProperty() {
        return baselineRps;
    }

    public StringProperty initialTrafficProperty() {
        return initialTraffic;
    }

    public StringProperty incrementProperty() {
        return increment;
    }

    public StringProperty targetTrafficProperty() {
        return targetTraffic;
    }

    public StringProperty intervalHoursProperty() {
        return intervalHours;
    }
}
