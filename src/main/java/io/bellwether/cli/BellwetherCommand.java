package io.bellwether.cli;

import io.bellwether.cli.drill.DrillCommand;
import io.bellwether.cli.hooks.HooksCommand;
import io.bellwether.cli.imports.ImportCommand;
import io.bellwether.cli.models.ModelsCommand;
import io.bellwether.cli.workspace.AuditCommand;
import io.bellwether.cli.workspace.DeploymentsCommand;
import io.bellwether.cli.workspace.HealthCommand;
import io.bellwether.cli.workspace.ShadowCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command {@code bellwether}: it only groups the subcommands. */
@Command(name = "bellwether", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Roll out ML models safely: headless use of the Bellwether engine.",
        synopsisSubcommandLabel = "COMMAND")
public final class BellwetherCommand implements Runnable {
    /** Exit code when every case is healthy / a command succeeded. */
    public static final int OK = 0;
    /** Exit code for bad input (unreadable file, malformed line, invalid value), as picocli's usage errors. */
    public static final int BAD_INPUT = 2;
    /** Exit code of {@code check} when at least one case needs a rollback. */
    public static final int ROLLBACK_NEEDED = 3;

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
            ModelsCommand.class);

    @Spec
    CommandSpec spec;

    /** A fresh command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new BellwetherCommand());
        SUBCOMMANDS.forEach(line::addSubcommand);
        return line;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
