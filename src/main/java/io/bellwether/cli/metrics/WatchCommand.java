package io.bellwether.cli.metrics;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsWatcher;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.WorkspaceOption;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellwether watch}: the console's live-metrics loop without a display. Each round samples the live
 * deployments with a metrics binding that are due, passes each sample through the engine (automated
 * rollback included, traffic hooks called) and prints one JSON line per judgement.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Samples every IN_PROGRESS and ACTIVE deployment with a metrics binding from its Prometheus,"
                + " judges it with the engine (rolling back when a rule fires) and prints one JSON line per"
                + " judgement.",
                "Missing data (no series, NaN, an error, a timeout, an unreachable server) is an UNKNOWN check:"
                        + " it never promotes and never rolls back.",
                "Without --once it runs until interrupted (SIGINT or SIGTERM: the round under way finishes) or"
                        + " --rounds."},
        exitCodeList = {"0:nothing was rolled back", "3:at least one deployment was rolled back",
                "2:bad input, unknown deployment or one without a binding"})
public final class WatchCommand implements Callable<Integer> {
    /** How long to wait before looking again when no bound deployment is live. */
    static final Duration IDLE_RECHECK = Duration.ofSeconds(30);

    @Mixin WorkspaceOption db;
    @Option(names = "--once", description = "One round, then exit") boolean once;
    @Option(names = "--deployment", paramLabel = "ID", description = "Only this deployment (the loop ends when it"
            + " is no longer live)")
    String deploymentId;
    @Option(names = "--interval", paramLabel = "DURATION", description = "Sample each deployment this often, e.g."
            + " 30s (default: its check_interval_seconds)")
    Duration interval;
    @Option(names = "--rounds", paramLabel = "N", description = "Stop after N rounds") Integer rounds;
    @Option(names = "--operator", description = "Who records the checks (default: the OS user)") String operator;

    private volatile int exitCode = ExitCodes.OK;

    @Override
    public Integer call() throws IOException {
        if (rounds != null && rounds < 1) {
            throw new InvalidInputException("rounds", rounds, "must be at least 1");
        }
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new InvalidInputException("interval", interval, "must be more than 0");
        }
        try (StopOnSignal stop = StopOnSignal.install(() -> exitCode)) {
            return db.run((workspace, out) -> {
                requireWatchable(workspace);
                watch(workspace.metricsWatcher(), out, stop);
                return exitCode;
            });
        }
    }

    private void watch(MetricsWatcher watcher, PrintWriter out, StopOnSignal stop) {
        String actor = Operators.orSystemUser(operator);
        int limit = once ? 1 : rounds == null ? Integer.MAX_VALUE : rounds;
        for (int round = 1; ; round++) {
            Instant now = Instant.now();
            MetricsWatcher.Round judged = watcher.round(now, deploymentId, interval, actor);
            judged.judgements().forEach(judgement -> out.println(JudgementLine.of(judgement, judged.steps())));
            out.flush();
            if (judged.rolledBack()) {
                exitCode = ExitCodes.ROLLBACK_NEEDED;
            }
            boolean nothingLeft = deploymentId != null && judged.nextDue() == null;
            if (round >= limit || nothingLeft || stop.stopRequested()) {
                return;
            }
            Instant wake = judged.nextDue() != null ? judged.nextDue() : now.plus(IDLE_RECHECK);
            if (!stop.sleepUntil(wake)) {
                return;
            }
        }
    }

    /** A named deployment must exist, be live and have a binding, or there is nothing to watch. */
    private void requireWatchable(Workspace workspace) {
        if (deploymentId == null) {
            return;
        }
        Deployment d = workspace.queries().getDeployment(deploymentId);
        if (workspace.metricsBindings().find(deploymentId).isEmpty()) {
            throw MetricsBinding.missing(deploymentId, "has no metrics binding: bind it with 'bellwether metrics bind'");
        }
        if (!d.status().isLive()) {
            throw new InvalidInputException("deployment " + deploymentId, d.status().value(),
                    "is not live; only in_progress and active deployments are watched");
        }
    }
}
