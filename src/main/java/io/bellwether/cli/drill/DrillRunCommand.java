package io.bellwether.cli.drill;

import io.bellwether.application.port.in.WorkspaceUnavailableException;
import io.bellwether.application.port.out.MetricsBackfill;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.Refusal;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.WorkspaceOption;
import io.bellwether.domain.Durations;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.drill.DrillMode;
import io.bellwether.drill.DrillReport;
import io.bellwether.drill.DrillReportJson;
import io.bellwether.drill.DrillReportMarkdown;
import io.bellwether.drill.DrillRun;
import io.bellwether.drill.DrillScenario;
import io.bellwether.drill.DrillWorkspaces;
import io.bellwether.drill.Moment;
import io.bellwether.drill.ShippedScenarios;
import io.bellwether.drill.WindowResult;
import io.bellwether.io.OwnerOnlyFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bellwether drill run SCENARIO}: a drill without an operator; the engine alone decides. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs a drill headless: simulated traffic goes through the engine, which rolls back on its own.",
                "Prints when the engine decided, and whether that is where the scenario expects it."},
        exitCodeList = {"0:the engine did what the scenario expects (rollback in the window, or none)",
                "1:it did not, or Prometheus (--through-prometheus) did not start or was not ready in time",
                "2:bad input (unknown scenario, invalid scenario file, refused workspace, prometheus not installed)",
                "6:the drill workspace cannot be opened"})
public final class DrillRunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "A shipped scenario name (see drill list) or a scenario JSON file")
    String scenarioName;

    @Option(names = "--speed", paramLabel = "N",
            description = "Simulated seconds per real second (1440: a day per minute). Default: as fast as possible.")
    Double speed;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the drill report: Markdown if FILE ends in .md, else JSON")
    Path reportFile;

    @Option(names = "--through-prometheus", description = {"Serve the simulated traffic from a local Prometheus"
            + " (backfilled with promtool, on 127.0.0.1) and read every metric through the Prometheus adapter,"
            + " as production does; needs `prometheus` and `promtool` on the PATH."})
    boolean throughPrometheus;

    @Mixin
    WorkspaceOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (speed != null && !(speed > 0 && Double.isFinite(speed))) {
            throw new Refusal("--speed", "must be a positive number (got " + speed + ")");
        }
        DrillScenario scenario = scenario();
        Path location = db.given().orElseGet(DrillWorkspaces::temporaryLocation);
        DrillReport report;
        List<Moment> observed;
        try (DrillRun run = open(scenario, location)) {
            out.println("Drill " + scenario.name() + " in " + (db.given().isEmpty() ? "a temporary workspace (give --db to keep it)"
                    : location.toString()) + ", deployment " + run.deploymentId());
            run.addListener(window -> announce(out, scenario, window));
            Duration pause = speed == null ? Duration.ZERO : run.realTimePerWindow(speed);
            while (!run.finished()) {
                run.step();
                out.flush();
                sleep(pause);
            }
            report = run.report();
            observed = run.observedBreaches();
        } catch (IllegalArgumentException e) {
            throw new Refusal(location.toString(), e.getMessage());
        } catch (MetricsBackfill.UnavailableException e) {
            return prometheusUnavailable(e);
        } finally {
            if (db.given().isEmpty()) {
                DrillWorkspaces.deleteTemporary(location);
            }
        }
        if (throughPrometheus) {
            out.println("Metrics came through " + report.metricsSource());
        }
        out.println(report.verdict());
        if (!observed.isEmpty()) {
            out.println("Observed breaches (recorded, not acted on): " + observed.size() + " windows, the first +"
                    + Durations.format(observed.get(0).sinceStart()) + ": " + String.join("; ", observed.get(0).reasons()));
        }
        out.println("Engine rollback: " + (report.engineRollback() == null ? "none"
                : Durations.format(report.engineRollback().sinceStart()) + " into the drill")
                + "; detection time: " + Durations.format(report.detectionTime()));
        out.flush();
        if (reportFile != null) {
            try {
                OwnerOnlyFiles.writeString(reportFile, reportFile.toString().toLowerCase(Locale.ROOT).endsWith(".md")
                        ? DrillReportMarkdown.write(report) : DrillReportJson.write(report));
            } catch (IOException e) {
                throw Refusal.of(reportFile, e);
            }
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.NOT_AS_EXPECTED;
    }

    /** Not installed: bad input (exit 2, the message says how to install it); did not start in time: exit 1. */
    private int prometheusUnavailable(MetricsBackfill.UnavailableException e) {
        if (e.reason() == MetricsBackfill.UnavailableException.Reason.NOT_INSTALLED) {
            throw new Refusal("--through-prometheus", e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        err.flush();
        return ExitCodes.NOT_AS_EXPECTED;
    }

    private DrillRun open(DrillScenario scenario, Path location) {
        try {
            return throughPrometheus ? DrillRun.openThroughPrometheus(scenario, location)
                    : DrillRun.open(scenario, DrillMode.AUTOMATIC, location);
        } catch (InvalidInputException e) {
            throw new WorkspaceUnavailableException(location, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new Refusal(location.toString(), e.getMessage());
        }
    }

    private DrillScenario scenario() {
        try {
            return ShippedScenarios.resolve(scenarioName);
        } catch (IOException e) {
            throw Refusal.of(Path.of(scenarioName), e);
        } catch (IllegalArgumentException e) {
            throw new Refusal(scenarioName, e.getMessage());
        }
    }

    private static void announce(PrintWriter out, DrillScenario scenario, WindowResult window) {
        String at = "+" + Durations.format(Duration.between(scenario.start(), window.to()));
        String by = scenario.progression().automatic() ? " by automatic progression" : "";
        switch (window.event()) {
            case PROMOTED -> out.println(at + " canary promoted to stage " + (window.stage() + 1) + " ("
                    + Math.round(scenario.stages().get(window.stage() + 1).traffic() * 100) + "% traffic)" + by);
            case COMPLETED -> out.println(at + " rollout completed" + by);
            case ENGINE_ROLLED_BACK, ENGINE_WOULD_ROLL_BACK -> out.println(at + " engine rolled back: "
                    + String.join("; ", window.decision().reasons()));
            case NONE -> { }
        }
    }

    private static void sleep(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
