package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.AuditAnchor;
import io.bellwether.cli.BellwetherCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bellwether audit anchor}: the chain's head, to record outside the workspace. */
@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = "Prints the head of the audit chain (sequence and hash). Record it elsewhere; later,"
                + " 'audit verify --anchor HASH' proves that no event up to it was rewritten.")
final class AuditAnchorCommand implements Callable<Integer> {
    @Mixin DatabaseOption db;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        return WorkspaceCommands.run(spec, db, (workspace, out) -> {
            AuditAnchor anchor = workspace.audit().anchor().orElse(new AuditAnchor(0, "none"));
            out.println(anchor.sequence() + " " + anchor.hash());
            return BellwetherCommand.OK;
        });
    }
}
