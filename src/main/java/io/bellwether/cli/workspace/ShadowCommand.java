package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.Progress;
import io.bellwether.cli.Refusal;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.io.ComparisonReader;
import io.bellwether.io.DeploymentJson;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.ShadowReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bellwether shadow create|record|report|disagreements}. */
@Command(name = "shadow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shadow deployments: create one, record comparisons from a file, report, list disagreements.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ShadowCommand.Create.class, ShadowCommand.Record.class, ShadowCommand.Report.class,
                ShadowDisagreementsCommand.class})
public final class ShadowCommand extends CommandGroup {
    /** Files smaller than this load without progress lines. */
    static final long PROGRESS_ABOVE_BYTES = 4L << 20;

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a shadow deployment;"
            + " prints it as JSON.")
    static final class Create extends WorkspaceCommand {
        @Option(names = "--primary", required = true, description = "Primary model, e.g. fraud_detector:v1.0.0")
        String primary;
        @Option(names = "--shadow", required = true, description = "Shadow model, e.g. fraud_detector:v2.0.0")
        String shadow;
        @Option(names = "--traffic", defaultValue = "100", description = "Percent of traffic copied"
                + " (default ${DEFAULT-VALUE})") double traffic;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            out.println(JsonFiles.write(DeploymentJson.write(workspace.shadows().shadowDeploy(primary, shadow,
                    traffic, Operators.systemUser()))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = {"Records every comparison of a file in one transaction, streamed in bounded memory:"
                    + " all of them or none.",
                    "FILE is the shadow-report format: CSV with primary_latency,shadow_latency,agreement or"
                            + " JSON Lines with those keys."})
    static final class Record extends WorkspaceCommand {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "SHADOW_ID") String shadowId;
        @Option(names = "--from", required = true, paramLabel = "FILE") Path file;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            workspace.queries().getShadowDeployment(shadowId);
            PrintWriter err = spec.commandLine().getErr();
            Instant recordedAt = Instant.now();
            long recorded = workspace.shadows().recordShadowComparisons(shadowId,
                    sink -> ComparisonReader.read(file, (primary, shadow, agreement) -> sink.accept(
                            ShadowComparison.of(recordedAt, primary, shadow, agreement)),
                            (read, total) -> progress(err, read, total)),
                    Operators.systemUser(), written -> Progress.rowsWritten(err, "comparisons", written));
            if (recorded == 0) {
                throw new Refusal(file.toString(), "the file holds no comparisons; nothing recorded");
            }
            out.println("recorded " + recorded + " comparisons into " + shadowId);
            return ExitCodes.OK;
        }

        private static void progress(PrintWriter err, long read, long total) {
            if (total > PROGRESS_ABOVE_BYTES) {
                err.printf("read %d%% (%d of %d MiB)%n", read * 100 / total, read >> 20, total >> 20);
                err.flush();
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Prints the shadow report (the guide's compare_shadow_deployment) as JSON.")
    static final class Report extends WorkspaceCommand {
        @Parameters(paramLabel = "SHADOW_ID") String shadowId;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            out.println(JsonFiles.write(ShadowReportJson.write(workspace.shadows()
                    .compareShadowDeployment(shadowId))));
            return ExitCodes.OK;
        }
    }
}
