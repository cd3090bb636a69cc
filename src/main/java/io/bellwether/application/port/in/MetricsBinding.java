package io.bellwether.application.port.in;

import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a deployment's live metrics come from: a Prometheus base URL, its credentials (references only),
 * one PromQL template per metric (a {@link BoundMetric} key or a custom metric's name), the rate window
 * filled in for {@code {window}}, and optionally the stable version whose same queries in the same window
 * are the live baseline. Every part is checked here, so a binding that exists is one that may be stored.
 */
public record MetricsBinding(String deploymentId, URI baseUrl, MetricsCredentials credentials,
                             Map<String, String> templates, String window, String baselineVersion, Duration timeout) {
    public static final String DEFAULT_WINDOW = "5m";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h|d|w|y))+");
    private static final Pattern CUSTOM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    public MetricsBinding {
        Checks.required("deployment_id", deploymentId);
        requireBaseUrl(deploymentId, baseUrl);
        credentials = credentials == null ? MetricsCredentials.NONE : credentials;
        window = window == null ? DEFAULT_WINDOW : window;
        if (!DURATION.matcher(window).matches()) {
            throw new InvalidInputException("deployment " + deploymentId + " window", "\"" + window + "\"",
                    "must be a Prometheus duration such as 30s, 5m or 1h");
        }
        if (baselineVersion != null) {
            Checks.required("deployment " + deploymentId + " baseline version", baselineVersion);
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidInputException("deployment " + deploymentId + " timeout", timeout,
                    "must be more than 0 and at most " + MAX_TIMEOUT.toSeconds() + " seconds");
        }
        if (templates == null || templates.isEmpty()) {
            throw new InvalidInputException("deployment " + deploymentId + " metric templates", "none",
                    "need at least one metric's PromQL query");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        templates.forEach((metric, template) -> {
            if (metric == null || BoundMetric.byKey(metric).isEmpty() && !CUSTOM_NAME.matcher(metric).matches()) {
                throw new InvalidInputException("deployment " + deploymentId + " metric name", metric,
                        "must be one of latency_p50, latency_p95, latency_p99, error_rate, requests_per_second,"
                                + " request_count or a custom metric name (letters, digits, _ and .)");
            }
            PromQlTemplate.check(deploymentId, metric, template);
            checked.put(metric, template);
        });
        templates = Collections.unmodifiableMap(checked);
    }

    /** The same binding for another deployment (a preset applied, a canary created from a review). */
    public MetricsBinding forDeployment(String otherId) {
        return new MetricsBinding(otherId, baseUrl, credentials, templates, window, baselineVersion, timeout);
    }

    public boolean hasLiveBaseline() {
        return baselineVersion != null;
    }

    /** Each metric's query for {@code version} of the deployment's model, as sent at {@code at}. */
    public Map<String, String> queries(Deployment deployment, String version, Instant at) {
        Instant start = deployment.startedAt() == null ? at : deployment.startedAt();
        long sinceStart = Math.max(1, Duration.between(start, at).toSeconds());
        Map<String, String> values = Map.of("model", deployment.modelName(), "version", version,
                "environment", deployment.environment(), "window", window, "since_start", sinceStart + "s");
        Map<String, String> queries = new LinkedHashMap<>();
        templates.forEach((metric, template) -> queries.put(metric, PromQlTemplate.render(template, values)));
        return queries;
    }

    /** As audited and shown: credentials as their references. */
    public Map<String, Object> shown() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("base_url", baseUrl.toString());
        shown.put("credentials", credentials.shown());
        shown.put("templates", templates);
        shown.put("window", window);
        shown.put("baseline_version", baselineVersion);
        shown.put("timeout_ms", timeout.toMillis());
        return shown;
    }

    @Override
    public String toString() {
        return "MetricsBinding" + shown();
    }

    /** The refusal for a deployment without a binding; {@code consequence} starts "has no metrics binding". */
    public static InvalidInputException missing(String deploymentId, String consequence) {
        return new InvalidInputException("deployment " + deploymentId, "(no metrics binding)", consequence);
    }

    private static void requireBaseUrl(String deploymentId, URI url) {
        boolean http = url != null && url.getHost() != null
                && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
        if (!http || url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new InvalidInputException("deployment " + deploymentId + " Prometheus URL",
                    url == null ? null : http ? HookSettings.withoutCredentials(url) : url,
                    "must be an absolute http:// or https:// URL with a host and no user info, query or fragment"
                            + " (credentials go in ${env:NAME} references)");
        }
    }
}
