package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.AuditAnchor;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceOption;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bellwether audit anchor}: the chain's head, to record outside the workspace. */
@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = "Prints the head of the audit chain (sequence and hash). Record it elsewhere; later,"
                + " 'audit verify --anchor HASH' proves that no event up to it was rewritten.")
final class AuditAnchorCommand implements Callable<Integer> {
    @Mixin WorkspaceOption db;

    @Override
    public Integer call() throws IOException {
        return db.run((workspace, out) -> {
            AuditAnchor anchor = workspace.audit().anchor().orElse(new AuditAnchor(0, "none"));
            out.println(anchor.sequence() + " " + anchor.hash());
            return ExitCodes.OK;
        });
    }
}
