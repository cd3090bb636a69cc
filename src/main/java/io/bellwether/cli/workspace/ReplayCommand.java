package io.bellwether.cli.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.DeploymentCommand;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.Refusal;
import io.bellwether.cli.VersionProvider;
import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ReplayResult;
import io.bellwether.domain.ReplayWindow;
import io.bellwether.domain.ReplayedCheck;
import io.bellwether.domain.RuleMode;
import io.bellwether.domain.RuleSet;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.ReplayConfigJson;
import io.bellwether.io.ReplayResultJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bellwether replay ID --config rules.json [--from INSTANT] [--to INSTANT] [--json]}: an edited rule set over
 * the recorded checks.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs an edited rule set over a deployment's recorded health checks and shows, beside what"
                + " was recorded, where each check's verdict flips and when the rollback or pause would have fired."
                + " Reads only: nothing stored changes.",
                "The config holds any of " + "error_rate_threshold, latency_threshold_multiplier, custom_rules,"
                        + " failure_limit, unknown_limit, rule_modes ({\"latency_p99\": \"observe\"}); what it leaves"
                        + " out keeps the deployment's value.",
                "A replay holds at most 200,000 checks; --from and --to replay a window of a longer history, counting"
                        + " failed and UNKNOWN checks from the window's first check."},
        exitCodeList = {"0:replayed", "2:bad config, unknown deployment, a window that starts after it ends, or no"
                + " health check (or more than a replay holds) to replay"})
public final class ReplayCommand extends DeploymentCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The rule set, as JSON")
    Path config;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Replay the checks from this ISO instant on,"
            + " e.g. 2026-03-14T00:00:00Z")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "Replay the checks up to this ISO instant (inclusive)")
    Instant to;

    @Option(names = "--json", description = "Print the replay as JSON (for CI)")
    boolean json;

    @Override
    protected int run(Workspace workspace, PrintWriter out) throws IOException {
        JsonNode node;
        try {
            node = JsonFiles.read(config);
        } catch (IOException e) {
            throw Refusal.of(config, e);
        }
        RuleSet rules;
        try {
            rules = ReplayConfigJson.read(node, workspace.replays().currentRules(id));
        } catch (InvalidInputException e) {
            throw new Refusal(config.toString(), e.getMessage());
        }
        ReplayResult result = workspace.replays().replay(id, rules, new ReplayWindow(from, to));
        out.println(json ? JsonFiles.write(ReplayResultJson.write(result)) : text(result));
        return ExitCodes.OK;
    }

    static String text(ReplayResult result) {
        StringBuilder text = new StringBuilder();
        text.append("Replay of ").append(result.modelRef()).append(" (").append(result.deploymentId()).append(") over ")
                .append(result.checks().size()).append(" recorded health checks").append(result.window().describe(TIME::format))
                .append(", times UTC\n");
        text.append("Rules: ").append(rules(result.rules())).append('\n');
        text.append(String.format(Locale.ROOT, "%-19s  %-20s  %-20s  %s%n", "time", "recorded", "replayed", "flip"));
        for (ReplayedCheck check : result.checks()) {
            text.append(String.format(Locale.ROOT, "%-19s  %-20s  %-20s  %s%n", TIME.format(check.at()),
                    verdict(check.recorded(), check.recordedAction()), verdict(check.replayed(), check.replayedAction()),
                    check.flipped() ? "*  " + check.replayedMessage() : ""));
        }
        return text.append(result.summary(TIME::format)).toString();
    }

    private static String verdict(HealthStatus status, EnforcedVerdict.Action action) {
        return action == EnforcedVerdict.Action.NONE ? status.value() : status.value() + " " + action.name();
    }

    private static String rules(RuleSet rules) {
        List<String> modes = new ArrayList<>();
        rules.settings().ruleModes().forEach((rule, mode) -> modes.add(rule + "=" + mode.value()));
        return "error_rate_threshold " + rules.config().errorRateThreshold() + ", latency_threshold_multiplier "
                + rules.config().latencyThresholdMultiplier() + ", failure_limit " + rules.settings().failureLimit()
                + ", unknown_limit " + rules.settings().unknownLimit() + ", custom rules "
                + rules.config().customRules().stream().map(rule -> rule.metric() + " "
                + rule.direction().name().toLowerCase(Locale.ROOT) + " " + rule.bound()).toList() + ", modes "
                + (modes.isEmpty() ? "all " + RuleMode.ROLLBACK.value() : String.join(" ", modes));
    }
}
