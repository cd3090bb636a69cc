package io.bellwether.cli.drill;

import io.bellwether.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bellwether drill list|run}: rollback drills on simulated traffic. */
@Command(name = "drill", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rollback drills on simulated traffic, in a workspace of their own.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {DrillListCommand.class, DrillRunCommand.class})
public final class DrillCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
