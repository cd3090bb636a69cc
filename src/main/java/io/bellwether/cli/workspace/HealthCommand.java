package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.DeploymentCommand;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.RollbackDecisionJson;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether health add|check}. */
@Command(name = "health", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Records health checks and runs the automated rollback check.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {HealthCommand.Add.class, HealthCommand.Check.class})
public final class HealthCommand extends CommandGroup {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Records a health check; with --update-metrics its metrics also become the"
                    + " deployment's current metrics (what 'health check' evaluates).")
    static final class Add extends DeploymentCommand {
        @Option(names = "--status", required = true, description = "healthy, degraded, unhealthy or unknown")
        String status;
        @Option(names = "--p50", description = "Latency P50 in seconds") double p50;
        @Option(names = "--p95", description = "Latency P95 in seconds") double p95;
        @Option(names = "--p99", description = "Latency P99 in seconds") double p99;
        @Option(names = "--error-rate", description = "Error rate as a fraction (0.01 = 1%%)") double errorRate;
        @Option(names = "--rps", description = "Requests per second") double requestsPerSecond;
        @Option(names = "--message", defaultValue = "") String message;
        @Option(names = "--update-metrics", description = "Also store the metrics as current metrics")
        boolean updateMetrics;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            HealthStatus health = HealthStatus.fromValue(status);
            PerformanceMetrics metrics = new PerformanceMetrics(p50, p95, p99, errorRate, requestsPerSecond);
            if (updateMetrics) {
                workspace.health().addHealthCheckAndUpdateMetrics(id, health, metrics, message,
                        Operators.systemUser());
            } else {
                workspace.health().addHealthCheck(id, health, metrics, message, Operators.systemUser());
            }
            out.println(id + " " + health.value());
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Evaluates a live deployment's current metrics against its baseline and rolls it back"
                    + " (triggered by \"automated\") when a rule says so; prints the decision as JSON.",
            exitCodeList = {"0:healthy, or not evaluated", "3:rolled back", "2:bad input or unknown id"})
    static final class Check extends DeploymentCommand {
        @Option(names = "--requests", required = true, description = "Requests served since the rollout began")
        long requests;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            RollbackDecision decision = workspace.health().checkDeploymentHealth(id, requests);
            var json = RollbackDecisionJson.write(decision);
            json.put("skipped", decision.skipped().name().toLowerCase(java.util.Locale.ROOT));
            out.println(JsonFiles.write(json));
            return decision.rollback() ? ExitCodes.ROLLBACK_NEEDED : ExitCodes.OK;
        }
    }
}
