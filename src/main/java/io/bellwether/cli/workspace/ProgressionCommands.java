package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.service.Json;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RuleMode;
import java.io.PrintWriter;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deployments progression}, {@code rule-mode} and {@code resume}: a deployment's progressive analysis. */
final class ProgressionCommands {
    private ProgressionCommands() {
    }

    @Command(name = "progression", mixinStandardHelpOptions = true,
            description = {"Prints a deployment's progression settings as JSON; with options, changes them first"
                    + " (audited as CONFIGURATION_CHANGED).", "Automatic progression is off unless turned on."})
    static final class Settings extends WorkspaceCommand {
        @Parameters(paramLabel = "ID") String id;
        @Mixin ProgressionOptions options;
        @Option(names = "--operator", description = "Who changes them (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            ProgressionSettings current = ProgressionSettings.fromMetadata(workspace.queries().getDeployment(id)
                    .metadata());
            if (options.given()) {
                current = options.applyTo(current);
                workspace.lifecycle().setProgressionSettings(id, current, Operators.orSystemUser(operator));
            }
            out.println(Json.write("progression", new TreeMap<>(current.asMetadata())));
            return ExitCodes.OK;
        }
    }

    @Command(name = "rule-mode", mixinStandardHelpOptions = true,
            description = "Sets what a rule's breach does: rollback (the guide's), pause (hold the canary for a"
                    + " human) or observe (record only); audited with the previous mode.")
    static final class SetRuleMode extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Parameters(index = "1", paramLabel = "RULE",
                description = "error_rate_threshold, error_rate_increase, latency_p95, latency_p99 or custom:METRIC")
        String rule;
        @Parameters(index = "2", paramLabel = "MODE", description = "rollback, pause or observe") String mode;
        @Option(names = "--operator", description = "Who changes it (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            RuleMode parsed = RuleMode.fromValue("mode", mode);
            workspace.lifecycle().setRuleMode(id, rule, parsed, Operators.orSystemUser(operator));
            out.println(id + " " + rule + " " + parsed.value());
            return ExitCodes.OK;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resumes a paused IN_PROGRESS canary (held by an operator, a pause rule or as inconclusive);"
                    + " checks before the resume no longer count towards a pause.")
    static final class Resume extends WorkspaceCommand {
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--operator", description = "Who resumes it (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            workspace.lifecycle().setCanaryPaused(id, false, Operators.orSystemUser(operator));
            out.println(id + " resumed");
            return ExitCodes.OK;
        }
    }
}
