package io.bellwether.cli.workspace;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.ChainVerification;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bellwether workspace copy}: whole workspaces, moved between H2 files and PostgreSQL. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Works on whole workspaces: copy one to another engine (an H2 file to team mode on PostgreSQL).",
        synopsisSubcommandLabel = "COMMAND", subcommands = WorkspacesCommand.Copy.class)
public final class WorkspacesCommand extends CommandGroup {

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copies every deployment, check, comparison, model, hook setting, binding and audit event"
                    + " of a workspace into a new, empty one, in one transaction: all of it or nothing. The audit"
                    + " chain is verified on the copy.",
                    "Either side is an H2 base name or postgresql://[user@]host[:port]/db."},
            exitCodeList = {"0:copied, chain intact on the copy", "2:bad input (the target is not empty, another"
                    + " schema version, the same workspace)", "4:the copy's chain does not verify",
                    "6:a workspace cannot be opened (held by a console, server unreachable)"})
    static final class Copy implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--from", required = true, paramLabel = "LOCATION", description = "The workspace to copy")
        Path from;
        @Option(names = "--to", required = true, paramLabel = "LOCATION",
                description = "The new workspace (made if it does not exist; must hold nothing)")
        Path to;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Long> copied = Bellwether.copy(from, to, System::getenv);
            out.println("copied " + Bellwether.shown(from) + " to " + Bellwether.shown(to) + ":");
            copied.forEach((table, rows) -> out.printf("  %-28s %,d rows%n", table, rows));
            ChainVerification chain;
            try (Workspace copy = Bellwether.openRecordOnly(to)) {
                chain = copy.audit().verify();
            }
            if (!chain.intact()) {
                out.println("audit chain of the copy BROKEN at event " + chain.firstBrokenSequence() + ": "
                        + chain.problem());
                return ExitCodes.CHAIN_BROKEN;
            }
            out.println("audit chain of the copy intact: " + chain.eventsChecked() + " events");
            return ExitCodes.OK;
        }
    }
}
