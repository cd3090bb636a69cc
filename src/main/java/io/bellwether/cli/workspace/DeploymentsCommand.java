package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.DeploymentLifecycle;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.DeploymentCommand;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.io.DeploymentJson;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.PerformanceMetricsJson;
import io.bellwether.io.RollbackConfigJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bellwether deployments create|list|show|start|complete|fail|rollback|progression|rule-mode|resume}. */
@Command(name = "deployments", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Creates deployments and moves them through their lifecycle.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {DeploymentsCommand.Create.class, DeploymentsCommand.ListDeployments.class,
                DeploymentsCommand.Show.class, DeploymentsCommand.Start.class, DeploymentsCommand.Complete.class,
                DeploymentsCommand.Fail.class, DeploymentsCommand.Rollback.class, ProgressionCommands.Settings.class,
                ProgressionCommands.SetRuleMode.class, ProgressionCommands.Resume.class})
public final class DeploymentsCommand extends CommandGroup {
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a pending deployment;"
            + " prints its id.")
    static final class Create extends WorkspaceCommand {
        @Option(names = "--model", required = true, description = "Model name") String model;
        @Option(names = "--model-version", required = true, description = "Model version") String version;
        @Option(names = "--strategy", required = true,
                description = "direct, shadow, canary, blue_green or rolling") String strategy;
        @Option(names = "--created-by", description = "Who creates it (default: the OS user)") String createdBy;
        @Option(names = "--environment", defaultValue = "production", description = "Default: ${DEFAULT-VALUE}")
        String environment;
        @Option(names = "--baseline", paramLabel = "FILE",
                description = "Baseline metrics as JSON (latency_p50, latency_p95, latency_p99, error_rate,"
                        + " requests_per_second, custom_metrics)") Path baseline;
        @Option(names = "--rollback-config", paramLabel = "FILE",
                description = "Rollback config as JSON (enabled, error_rate_threshold,"
                        + " latency_threshold_multiplier, min_requests_before_check, check_interval_seconds)")
        Path rollbackConfig;
        @Option(names = "--meta", paramLabel = "KEY=VALUE", description = "Metadata; numbers and true/false"
                + " are stored as such") Map<String, String> metadata = new LinkedHashMap<>();
        @Mixin ProgressionOptions progression;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            DeploymentRequest.Builder request = DeploymentRequest.builder(model, version,
                    DeploymentStrategy.fromValue(strategy), Operators.orSystemUser(createdBy))
                    .environment(environment);
            if (baseline != null) {
                request.baselineMetrics(PerformanceMetricsJson.read(JsonFiles.read(baseline)));
            }
            if (rollbackConfig != null) {
                request.rollbackConfig(RollbackConfigJson.read(JsonFiles.read(rollbackConfig)));
            }
            metadata.forEach((key, value) -> request.metadata(key, typed(value)));
            if (progression.given()) {
                request.metadata(ProgressionSettings.KEY, progression.applyTo(ProgressionSettings.DEFAULTS).asMetadata());
            }
            out.println(workspace.lifecycle().createDeployment(request.build()).deploymentId());
            return ExitCodes.OK;
        }

        private static Object typed(String value) {
            if (value.equals("true") || value.equals("false")) {
                return Boolean.valueOf(value);
            }
            try {
                double number = Double.parseDouble(value);
                return Double.isFinite(number) ? number : value;
            } catch (NumberFormatException e) {
                return value;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists deployments, newest first.")
    static final class ListDeployments extends WorkspaceCommand {
        @Option(names = "--status", description = "Only this status (pending, in_progress, active, failed,"
                + " rolled_back, cancelled)") String status;
        @Option(names = "--environment", description = "Only this environment") String environment;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            DeploymentStatus filter = status == null ? null : DeploymentStatus.fromValue(status);
            List<Deployment> found = workspace.queries().listDeployments(filter, environment);
            String format = "%-48s %-12s %-10s %-18s %s%n";
            out.printf(format, "DEPLOYMENT", "STATUS", "STRATEGY", "ENVIRONMENT", "CREATED");
            for (Deployment d : found) {
                out.printf(format, d.deploymentId(), d.status().value(), d.strategy().value(), d.environment(),
                        d.createdAt());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints a deployment and its health checks as JSON.")
    static final class Show extends DeploymentCommand {

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            Deployment d = workspace.queries().getDeployment(id);
            DeploymentJson.write(d, each -> workspace.queries().eachHealthCheck(id, each), out);
            out.println();
            return ExitCodes.OK;
        }
    }

    /** A step an operator takes on one deployment; prints its id and the status it reached. */
    abstract static class OperatorStep extends DeploymentCommand {
        /** The lifecycle call of a step and the status it leaves the deployment in. */
        record Transition(Call call, DeploymentStatus reached) {
        }

        interface Call {
            void take(DeploymentLifecycle lifecycle, String deploymentId, String operator);
        }

        @Option(names = "--operator", description = "Who acts (default: the OS user)") String operator;
        private final Transition transition;

        OperatorStep(Transition transition) {
            this.transition = transition;
        }

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            transition.call().take(workspace.lifecycle(), id, Operators.orSystemUser(operator));
            out.println(id + " " + transition.reached().value());
            return ExitCodes.OK;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "pending -> in_progress")
    static final class Start extends OperatorStep {
        Start() {
            super(new Transition(DeploymentLifecycle::startDeployment, DeploymentStatus.IN_PROGRESS));
        }
    }

    @Command(name = "complete", mixinStandardHelpOptions = true, description = "in_progress -> active")
    static final class Complete extends OperatorStep {
        Complete() {
            super(new Transition(DeploymentLifecycle::completeDeployment, DeploymentStatus.ACTIVE));
        }
    }

    @Command(name = "fail", mixinStandardHelpOptions = true, description = "Marks a deployment failed.")
    static final class Fail extends DeploymentCommand {
        @Option(names = "--reason", required = true) String reason;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            workspace.lifecycle().failDeployment(id, reason, Operators.systemUser());
            out.println(id + " failed");
            return ExitCodes.OK;
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Rolls back a live deployment. A reason starting with EMERGENCY, or --emergency,"
                    + " is audited as CRITICAL.")
    static final class Rollback extends DeploymentCommand {
        @Option(names = "--reason", required = true) String reason;
        @Option(names = "--triggered-by", description = "Who triggers it (default: the OS user)") String triggeredBy;
        @Option(names = "--emergency", description = "An operator's emergency rollback (always CRITICAL)")
        boolean emergency;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            String who = Operators.orSystemUser(triggeredBy);
            if (emergency) {
                workspace.lifecycle().emergencyRollback(id, reason, who);
            } else {
                workspace.lifecycle().rollbackDeployment(id, reason, who);
            }
            out.println(id + " rolled_back");
            return ExitCodes.OK;
        }
    }
}
