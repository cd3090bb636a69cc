package io.bellwether.ui.actions;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.domain.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The optional "Metrics from Prometheus" section of the New deployment form, as {@code bellwether metrics bind}
 * takes it: the base URL, a preset (histogram or summary) with its metric name prefix (the labels are the
 * presets' model, version and environment), the rate window and an optional bearer token variable.
 */
public final class PrometheusFormViewModel {
    public static final String URL = "prometheus_url";
    public static final String PREFIX = "metric_prefix";
    public static final String WINDOW = "window";
    public static final String BEARER = "bearer_token_variable";
    /** Stands for the id the deployment gets when it is created. */
    static final String NEW_DEPLOYMENT = "(new)";
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final StringProperty url = new SimpleStringProperty(this, URL, "");
    private final ObjectProperty<MetricsPresets.Preset> preset =
            new SimpleObjectProperty<>(this, "preset", MetricsPresets.Preset.HISTOGRAM);
    private final StringProperty prefix = new SimpleStringProperty(this, PREFIX, MetricsPresets.DEFAULT_PREFIX);
    private final StringProperty window = new SimpleStringProperty(this, WINDOW, MetricsBinding.DEFAULT_WINDOW);
    private final StringProperty bearerVariable = new SimpleStringProperty(this, BEARER, "");

    List<Observable> fields() {
        return List.of(enabled, url, preset, prefix, window, bearerVariable);
    }

    /**
     * The binding the section describes, for {@link #NEW_DEPLOYMENT} (null when the section is off or a
     * field is refused); each refusal is put in {@code found} under its field's key.
     */
    MetricsBinding binding(Map<String, String> found) {
        if (!enabled.get()) {
            return null;
        }
        int before = found.size();
        URI base = attempt(found, URL, this::baseUrl);
        String metricPrefix = attempt(found, PREFIX, () -> matching(PREFIX, prefix.get(), METRIC_NAME,
                "must be a Prometheus metric name (letters, digits, '_' and ':', not starting with a digit)"));
        String token = attempt(found, BEARER, this::bearerReference);
        if (preset.get() == null) {
            found.putIfAbsent("metrics preset", "metrics preset is required: histogram or summary");
        }
        if (found.size() > before) {
            return null;
        }
        return attempt(found, WINDOW, () -> new MetricsBinding(NEW_DEPLOYMENT, base, token == null
                ? MetricsCredentials.NONE : MetricsCredentials.bearer(token),
                MetricsPresets.templates(preset.get(), metricPrefix), window.get() == null ? null
                : window.get().trim(), null, null));
    }

    private URI baseUrl() {
        String text = url.get() == null ? "" : url.get().trim();
        if (text.isEmpty()) {
            throw new InvalidInputException(URL, "nothing", "is required when metrics come from Prometheus");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(URL, "\"" + text + "\"", "is not a URL: " + e.getReason());
        }
        new MetricsBinding(NEW_DEPLOYMENT, uri, null, Map.of("error_rate", "up"), null, null, null);
        return uri;
    }

    private String bearerReference() {
        String text = bearerVariable.get() == null ? "" : bearerVariable.get().trim();
        if (text.isEmpty()) {
            return null;
        }
        String name = text.startsWith("${env:") && text.endsWith("}") ? text.substring(6, text.length() - 1) : text;
        return "${env:" + matching(BEARER, name, VARIABLE, "must be the name of an environment variable") + "}";
    }

    private static String matching(String field, String text, Pattern pattern, String problem) {
        String value = text == null ? "" : text.trim();
        if (!pattern.matcher(value).matches()) {
            throw new InvalidInputException(field, "\"" + value + "\"", problem);
        }
        return value;
    }

    /** The step's refusal under {@code key}, worded without the stand-in deployment id. */
    private static <T> T attempt(Map<String, String> found, String key, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            found.putIfAbsent(key, e.getMessage().replace("deployment " + NEW_DEPLOYMENT + " ", ""));
            return null;
        }
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<MetricsPresets.Preset> presetProperty() {
        return preset;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty windowProperty() {
        return window;
    }

    public StringProperty bearerVariableProperty() {
        return bearerVariable;
    }
}
