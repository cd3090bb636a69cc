package io.bellwether.cli.workspace;

import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RuleMode;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The progression settings an operator gives on the command line; what is not given keeps its value. */
final class ProgressionOptions {
    @Option(names = "--auto-advance", arity = "1", paramLabel = "true|false",
            description = "Advance the canary on its own when a stage baked and its last checks were healthy")
    Boolean automatic;
    @Option(names = "--healthy-checks", paramLabel = "N",
            description = "Consecutive HEALTHY checks a stage needs before it advances (default 3)")
    Integer healthyChecks;
    @Option(names = "--failure-limit", paramLabel = "N",
            description = "Failed checks tolerated before acting (default 0: act on the first, as the guide)")
    Integer failureLimit;
    @Option(names = "--unknown-limit", paramLabel = "N",
            description = "Consecutive UNKNOWN checks after which the canary pauses as inconclusive (default 3; 0 never)")
    Integer unknownLimit;
    @Option(names = "--rule-mode", paramLabel = "RULE=MODE", description = "A rule's mode: rollback, pause or"
            + " observe (rules: error_rate_threshold, error_rate_increase, latency_p95, latency_p99, custom:METRIC)")
    Map<String, String> ruleModes = new LinkedHashMap<>();

    boolean given() {
        return automatic != null || healthyChecks != null || failureLimit != null || unknownLimit != null
                || !ruleModes.isEmpty();
    }

    /** {@code base} with the given options; a bad value is refused naming its setting. */
    ProgressionSettings applyTo(ProgressionSettings base) {
        ProgressionSettings settings = new ProgressionSettings(automatic != null ? automatic : base.automatic(),
                healthyChecks != null ? healthyChecks : base.healthyChecks(),
                failureLimit != null ? failureLimit : base.failureLimit(),
                unknownLimit != null ? unknownLimit : base.unknownLimit(), base.ruleModes());
        for (Map.Entry<String, String> entry : ruleModes.entrySet()) {
            settings = settings.withMode(entry.getKey(), RuleMode.fromValue("rule-mode " + entry.getKey(),
                    entry.getValue()));
        }
        return settings;
    }
}
