package io.bellwether.cli.metrics;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bellwether metrics bind}: builds the binding from the options (every check is the binding's own,
 * so a refused one stores nothing) and sets it, audited, in one transaction.
 */
@Command(name = "bind", mixinStandardHelpOptions = true,
        description = {"Binds a deployment to the Prometheus that measures it (replacing its binding); audited.",
                "Templates may use {model}, {version}, {environment}, {window} and {since_start}. Credentials are"
                        + " names of environment variables, read when a query is sent and never stored."})
final class MetricsBindCommand extends MetricsCommand.OnDeployment {
    @Option(names = "--url", required = true, description = "Prometheus base URL, http:// or https://") String url;
    @Option(names = "--preset", paramLabel = "NAME", description = "histogram or summary: the six templates for"
            + " PREFIX_duration_seconds and PREFIX_errors_total labelled model, version and environment")
    String preset;
    @Option(names = "--prefix", paramLabel = "PREFIX", description = "The preset's metric prefix (default "
            + MetricsPresets.DEFAULT_PREFIX + ")")
    String prefix = MetricsPresets.DEFAULT_PREFIX;
    @Option(names = "--template", paramLabel = "METRIC=PROMQL", description = "A metric's query (repeatable); with"
            + " --preset it adds to or replaces the preset's. Metrics: latency_p50, latency_p95, latency_p99,"
            + " error_rate, requests_per_second, request_count or a custom metric's name")
    Map<String, String> templates = new LinkedHashMap<>();
    @Option(names = "--bearer-env", paramLabel = "NAME", description = "Send the bearer token held in the environment"
            + " variable NAME")
    String bearerVariable;
    @Option(names = "--basic-user", paramLabel = "USER", description = "Basic auth user name (or $${env:NAME})")
    String basicUser;
    @Option(names = "--basic-password-env", paramLabel = "NAME", description = "Basic auth password held in the"
            + " environment variable NAME")
    String basicPasswordVariable;
    @Option(names = "--window", paramLabel = "DURATION", description = "The {window} of rates, a Prometheus duration"
            + " (default " + MetricsBinding.DEFAULT_WINDOW + ")")
    String window;
    @Option(names = "--timeout", paramLabel = "DURATION", description = "Per query, e.g. 5s (default 10s, at most 2m)")
    Duration timeout;
    @Option(names = "--live-baseline", arity = "0..1", paramLabel = "VERSION", fallbackValue = "",
            description = "Measure the baseline: the same queries for this stable version (default: the ACTIVE"
                    + " deployment of the same model and environment)")
    String liveBaseline;
    @Option(names = "--operator", description = "Who binds it (default: the OS user)") String operator;

    @Override
    protected int run(Workspace workspace, PrintWriter out) throws IOException {
        Deployment deployment = workspace.queries().getDeployment(id);
        MetricsBinding binding = new MetricsBinding(id, uri(url), credentials(), templates(), window,
                stableVersion(workspace, deployment), timeout);
        workspace.metricsBindings().set(binding, Operators.orSystemUser(operator));
        MetricsCommand.print(out, MetricsCommand.shown(binding));
        return ExitCodes.OK;
    }

    private Map<String, String> templates() {
        Map<String, String> all = new LinkedHashMap<>();
        if (preset != null) {
            all.putAll(MetricsPresets.templates(MetricsPresets.Preset.fromValue(preset), prefix));
        } else if (templates.isEmpty()) {
            throw new InvalidInputException("templates", "none", "are required: give --preset histogram|summary or"
                    + " --template METRIC=PROMQL");
        }
        all.putAll(templates);
        return all;
    }

    private MetricsCredentials credentials() {
        if (bearerVariable != null && (basicUser != null || basicPasswordVariable != null)) {
            throw new InvalidInputException("credentials", "--bearer-env with --basic-user", "take one kind: a bearer"
                    + " token or basic auth");
        }
        if (bearerVariable != null) {
            return MetricsCredentials.bearer(reference(bearerVariable));
        }
        if (basicUser != null || basicPasswordVariable != null) {
            if (basicUser == null || basicPasswordVariable == null) {
                throw new InvalidInputException("basic auth", basicUser == null ? "--basic-password-env alone"
                        : "--basic-user alone", "needs both --basic-user and --basic-password-env");
            }
            return MetricsCredentials.basic(basicUser, reference(basicPasswordVariable));
        }
        return MetricsCredentials.NONE;
    }

    private static String reference(String variable) {
        return variable.startsWith("${env:") ? variable : "${env:" + variable + "}";
    }

    private String stableVersion(Workspace workspace, Deployment deployment) {
        if (liveBaseline == null) {
            return null;
        }
        if (!liveBaseline.isEmpty()) {
            return liveBaseline;
        }
        return workspace.queries().listDeployments(DeploymentStatus.ACTIVE, deployment.environment()).stream()
                .filter(d -> d.modelName().equals(deployment.modelName())
                        && !d.modelVersion().equals(deployment.modelVersion()))
                .map(Deployment::modelVersion).findFirst()
                .orElseThrow(() -> new InvalidInputException("live-baseline", "(no version given)",
                        "needs a stable version: no ACTIVE deployment of " + deployment.modelName() + " in "
                                + deployment.environment() + " runs another version; give --live-baseline VERSION"));
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", text, "is not a URL: " + e.getReason());
        }
    }
}
