package io.bellwether.ui.actions;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.Checks;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.io.PerformanceMetricsJson;
import io.bellwether.io.RollbackConfigJson;
import io.bellwether.ui.common.FormCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The New deployment form: every field as text, validated on each change with messages that name
 * the field and the value, the guide's rollback presets filling the rollback fields, and optionally
 * the Prometheus the deployment's metrics come from ({@link #metrics()}).
 */
public final class NewDeploymentViewModel {
    // The fields are keyed by the guide's wire names: a message names the key the JSON and the CLI use.
    public static final String MODEL_NAME = "model_name";
    public static final String MODEL_VERSION = "model_version";
    public static final String ENVIRONMENT = "environment";
    public static final String CREATED_BY = "created_by";
    public static final String ERROR_RATE_THRESHOLD = RollbackConfigJson.ERROR_RATE_THRESHOLD;
    public static final String LATENCY_MULTIPLIER = RollbackConfigJson.LATENCY_THRESHOLD_MULTIPLIER;
    public static final String MIN_REQUESTS = RollbackConfigJson.MIN_REQUESTS_BEFORE_CHECK;
    public static final String CHECK_INTERVAL = RollbackConfigJson.CHECK_INTERVAL_SECONDS;
    public static final String BASELINE_PREFIX = "baseline ";
    public static final String BASELINE_P50 = PerformanceMetricsJson.LATENCY_P50;
    public static final String BASELINE_P95 = PerformanceMetricsJson.LATENCY_P95;
    public static final String BASELINE_P99 = PerformanceMetricsJson.LATENCY_P99;
    public static final String BASELINE_ERROR_RATE = PerformanceMetricsJson.ERROR_RATE;
    public static final String BASELINE_RPS = PerformanceMetricsJson.REQUESTS_PER_SECOND;
    public static final String INITIAL_TRAFFIC = CanarySchedule.INITIAL_TRAFFIC;
    public static final String INCREMENT = CanarySchedule.INCREMENT;
    public static final String TARGET_TRAFFIC = CanarySchedule.TARGET_TRAFFIC;
    public static final String INTERVAL_HOURS = CanarySchedule.INCREMENT_INTERVAL_HOURS;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final FormTexts texts = new FormTexts(this);
    private final StringProperty modelName = texts.add(MODEL_NAME, "");
    private final StringProperty modelVersion = texts.add(MODEL_VERSION, "");
    private final StringProperty environment = texts.add(ENVIRONMENT, "production");
    private final StringProperty createdBy = texts.add(CREATED_BY, null);
    private final ObjectProperty<DeploymentStrategy> strategy =
            new SimpleObjectProperty<>(this, "strategy", DeploymentStrategy.CANARY);
    private final ObjectProperty<RollbackPreset> preset = new SimpleObjectProperty<>(this, "preset", RollbackPreset.BALANCED);
    private final BooleanProperty rollbackEnabled = new SimpleBooleanProperty(this, "enabled", true);
    private final StringProperty errorRateThreshold = texts.add(ERROR_RATE_THRESHOLD, null);
    private final StringProperty latencyMultiplier = texts.add(LATENCY_MULTIPLIER, null);
    private final StringProperty minRequests = texts.add(MIN_REQUESTS, null);
    private final StringProperty checkInterval = texts.add(CHECK_INTERVAL, null);
    private final StringProperty baselineP50 = texts.add(BASELINE_P50, "");
    private final StringProperty baselineP95 = texts.add(BASELINE_P95, "");
    private final StringProperty baselineP99 = texts.add(BASELINE_P99, "");
    private final StringProperty baselineErrorRate = texts.add(BASELINE_ERROR_RATE, "");
    private final StringProperty baselineRps = texts.add(BASELINE_RPS, "");
    private final StringProperty initialTraffic = texts.add(INITIAL_TRAFFIC, "5");
    private final StringProperty increment = texts.add(INCREMENT, "5");
    private final StringProperty targetTraffic = texts.add(TARGET_TRAFFIC, "100");
    private final StringProperty intervalHours = texts.add(INTERVAL_HOURS, "24");

    /** The form's units: traffic and error rates in % (the guide's share × 100), latencies in ms. */
    private static final int PERCENT = 2;
    private static final int MILLIS = 3;

    private final FormCheck<DeploymentRequest> check = FormCheck.quietUntilShown();
    private final PrometheusFormViewModel metrics = new PrometheusFormViewModel();
    private MetricsBinding metricsBinding;
    private boolean applyingPreset;

    public NewDeploymentViewModel(String operator) {
        createdBy.set(operator);
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
            field.addListener(obs -> {
                check.showErrors();
                validate();
            });
        }
        metrics.fields().forEach(field -> field.addListener(obs -> validate()));
        validate();
    }

    private void applyPreset(RollbackPreset chosen) {
        RollbackConfig config = chosen.config();
        applyingPreset = true;
        try {
            errorRateThreshold.set(FormFields.formatScaled(config.errorRateThreshold(), PERCENT));
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
        RollbackConfig config;
        try {
            config = rollbackConfig();
        } catch (InvalidInputException e) {
            config = null;
        }
        preset.set(config == null ? RollbackPreset.CUSTOM : RollbackPreset.matching(config));
    }

    private void validate() {
        String name = check.attempt(() -> name(MODEL_NAME, modelName.get()));
        String version = check.attempt(() -> Checks.required(MODEL_VERSION, modelVersion.get()).trim());
        String env = check.attempt(() -> name(ENVIRONMENT, environment.get()));
        String creator = check.attempt(() -> Checks.required(CREATED_BY, createdBy.get()).trim());
        if (strategy.get() == null) {
            check.refuse("strategy", "strategy is required (got nothing)");
        }
        RollbackConfig config = check.attempt(this::rollbackConfig);
        PerformanceMetrics baseline = check.attempt(BASELINE_PREFIX, this::baseline);
        Map<String, Object> metadata = check.attempt(this::metadata);
        Map<String, String> metricsRefusals = new LinkedHashMap<>();
        metricsBinding = metrics.binding(metricsRefusals);
        metricsRefusals.forEach(check::refuse);
        check.conclude(() -> DeploymentRequest.builder(name, version, strategy.get(), creator).environment(env)
                .baselineMetrics(baseline).rollbackConfig(config).metadata(metadata).build());
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
                FormFields.parseScaled(ERROR_RATE_THRESHOLD, errorRateThreshold.get(), PERCENT),
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
        int[] units = {MILLIS, MILLIS, MILLIS, PERCENT, 0};
        double[] values = new double[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = FormFields.parseOptionalScaled(fields.get(i).getName(), fields.get(i).get(), units[i]);
        }
        return new PerformanceMetrics(values[0], values[1], values[2], values[3], values[4]);
    }

    private Map<String, Object> metadata() {
        if (strategy.get() != DeploymentStrategy.CANARY) {
            return Map.of();
        }
        double initial = Checks.fraction(INITIAL_TRAFFIC, FormFields.parseScaled(INITIAL_TRAFFIC, initialTraffic.get(), PERCENT));
        double step = Checks.fraction(INCREMENT, FormFields.parseScaled(INCREMENT, increment.get(), PERCENT));
        double target = Checks.fraction(TARGET_TRAFFIC, FormFields.parseScaled(TARGET_TRAFFIC, targetTraffic.get(), PERCENT));
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

    /** Whether the form is valid, its messages (fields are the constants, or "baseline latency_p95" etc.) and its request. */
    public FormCheck<DeploymentRequest> check() {
        return check;
    }

    /** The request and, when the metrics section is on, its binding; refuses an invalid form with its first message. */
    public NewDeployment toNewDeployment() {
        return new NewDeployment(check.value(), metricsBinding);
    }

    /** The "Metrics from Prometheus" section; its messages are among the check's, by its field keys. */
    public PrometheusFormViewModel metrics() {
        return metrics;
    }

    /** The text field named {@code field}: one of the constants, e.g. {@link #MODEL_NAME} or {@link #BASELINE_P95}. */
    public StringProperty text(String field) {
        return texts.get(field);
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

}
