package io.bellwether.cli.drill;

import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code bellwether drill list|run}: rollback drills on simulated traffic. */
@Command(name = "drill", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rollback drills on simulated traffic, in a workspace of their own.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {DrillListCommand.class, DrillRunCommand.class})
public final class DrillCommand extends CommandGroup {
}
