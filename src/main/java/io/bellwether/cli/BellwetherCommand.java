package io.bellwether.cli;

import io.bellwether.cli.drill.DrillCommand;
import io.bellwether.cli.hooks.HooksCommand;
import io.bellwether.cli.imports.ImportCommand;
import io.bellwether.cli.metrics.MetricsCommand;
import io.bellwether.cli.metrics.WatchCommand;
import io.bellwether.cli.models.ModelsCommand;
import io.bellwether.cli.workspace.AuditCommand;
import io.bellwether.cli.workspace.DeploymentsCommand;
import io.bellwether.cli.workspace.HealthCommand;
import io.bellwether.cli.workspace.ShadowCommand;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command {@code bellwether}: it only groups the subcommands. */
@Command(name = "bellwether", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Roll out ML models safely: headless use of the Bellwether engine.",
        synopsisSubcommandLabel = "COMMAND")
public final class BellwetherCommand extends CommandGroup {

    /** Every subcommand class (picocli instantiates each), in the order the help lists them. Add new ones here. */
    public static final List<Class<?>> SUBCOMMANDS = List.of(
            CheckCommand.class,
            ShadowReportCommand.class,
            DeploymentsCommand.class,
            HealthCommand.class,
            ShadowCommand.class,
            AuditCommand.class,
            HooksCommand.class,
            DrillCommand.class,
            ImportCommand.class,
            ModelsCommand.class,
            MetricsCommand.class,
            WatchCommand.class);

    /** The one runner: every subcommand registered, failures as one line and a documented exit code. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new BellwetherCommand());
        SUBCOMMANDS.forEach(line::addSubcommand);
        return configure(line);
    }

    /** Gives {@code line} (and its subcommands) the converter, the failure handling and the exit codes. */
    static CommandLine configure(CommandLine line) {
        OneLineErrors errors = new OneLineErrors();
        return line.setExecutionStrategy(new OutOfMemoryGuard()).registerConverter(Duration.class, new DurationConverter())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExitCodeExceptionMapper(new ExitCodes());
    }
}
