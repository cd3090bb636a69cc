package io.bellwether.cli;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.drill.DrillCommand;
import io.bellwether.cli.hooks.HooksCommand;
import io.bellwether.cli.notifications.NotificationsCommand;
import io.bellwether.cli.imports.ImportCommand;
import io.bellwether.cli.metrics.MetricsCommand;
import io.bellwether.cli.metrics.WatchCommand;
import io.bellwether.cli.models.ModelsCommand;
import io.bellwether.cli.workspace.AuditCommand;
import io.bellwether.cli.workspace.DeploymentsCommand;
import io.bellwether.cli.workspace.HealthCommand;
import io.bellwether.cli.workspace.QueueCommand;
import io.bellwether.cli.workspace.ShadowCommand;
import io.bellwether.cli.workspace.ReplayCommand;
import io.bellwether.cli.workspace.WorkspacesCommand;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command {@code bellwether}: it only groups the subcommands. */
@Command(name = "bellwether", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Roll out ML models safely: headless use of the Bellwether engine.",
        synopsisSubcommandLabel = "COMMAND")
public final class BellwetherCommand extends CommandGroup {
    /** The heading of a command's exit codes in its help. */
    static final String EXIT_CODES_HEADING = "Exit codes:%n";

    /** Every subcommand class (picocli instantiates each), in the order the help lists them. Add new ones here. */
    public static final List<Class<?>> SUBCOMMANDS = List.of(
            CheckCommand.class,
            ShadowReportCommand.class,
            DeploymentsCommand.class,
            HealthCommand.class,
            ShadowCommand.class,
            AuditCommand.class,
            HooksCommand.class,
            NotificationsCommand.class,
            DrillCommand.class,
            ImportCommand.class,
            ModelsCommand.class,
            MetricsCommand.class,
            WatchCommand.class,
            ReplayCommand.class,
            QueueCommand.class,
            WorkspacesCommand.class);

    /** The one runner: every subcommand registered, failures as one line and a documented exit code. */
    public static CommandLine commandLine() {
        return commandLine(WhenHeld.NOBODY);
    }

    /** As {@link #commandLine()}; a command whose workspace is held goes to {@code whenHeld}. */
    public static CommandLine commandLine(WhenHeld whenHeld) {
        return build(() -> WorkspaceOption.opening(whenHeld));
    }

    /**
     * The runner of commands forwarded to the console: every command runs on {@code workspace} (open
     * already), prints to {@code out} and {@code err}, and reads relative file paths against
     * {@code workingDirectory}, where the command line was run.
     */
    public static CommandLine forwarded(Workspace workspace, Path workingDirectory, OutputStream out, OutputStream err) {
        CommandLine line = build(() -> WorkspaceOption.on(workspace));
        line.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return line.registerConverter(Path.class, text -> workingDirectory.resolve(text));
    }

    private static CommandLine build(Supplier<WorkspaceOption> workspaceOptions) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine line = new CommandLine(new BellwetherCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == WorkspaceOption.class ? type.cast(workspaceOptions.get()) : defaults.create(type);
            }
        });
        SUBCOMMANDS.forEach(line::addSubcommand);
        return configure(line);
    }

    /** Gives {@code line} (and its subcommands) the converters, the failure handling and the exit codes. */
    static CommandLine configure(CommandLine line) {
        headExitCodes(line);
        OneLineErrors errors = new OneLineErrors();
        return line.setExecutionStrategy(new OutOfMemoryGuard()).registerConverter(Duration.class, new DurationConverter())
                .registerConverter(Instant.class, new InstantConverter())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExitCodeExceptionMapper(new ExitCodes());
    }

    /** Every command of the tree that lists its exit codes heads the list the same way. */
    private static void headExitCodes(CommandLine line) {
        CommandLine.Model.UsageMessageSpec usage = line.getCommandSpec().usageMessage();
        if (!usage.exitCodeList().isEmpty()) {
            usage.exitCodeListHeading(EXIT_CODES_HEADING);
        }
        line.getSubcommands().values().forEach(BellwetherCommand::headExitCodes);
    }
}
